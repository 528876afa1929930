/**
 * Keyboard habits for the site's disclosures, added by the one script on every
 * page. Without JavaScript the disclosures still open and close: a `<details>`
 * with Enter or Space, a glossary popover with its buttons and Escape.
 */

/**
 * Escape closes the open `<details>` that holds focus and puts focus back on
 * its summary, the way Escape already closes the glossary popovers and the
 * catalogue's filter panel.
 */
export function closeDetailsOnEscape(): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    const details = (event.target as Element | null)?.closest?.('details[open]');
    if (!(details instanceof HTMLDetailsElement)) return;
    details.open = false;
    details.querySelector('summary')?.focus();
  });
}

/**
 * An open popover (a glossary definition) closes when focus moves on past it
 * and its button, so that it never covers the element the reader tabs to
 * next (WCAG 2.4.11). A click elsewhere already closes it.
 */
export function closePopoversWhenFocusLeaves(): void {
  if (!('popover' in HTMLElement.prototype)) return;
  document.addEventListener('focusout', (event) => {
    const next = event.relatedTarget;
    // No new focus: a click on text, or the window losing focus; the popover's light dismiss decides.
    if (!(next instanceof Node)) return;
    for (const popover of document.querySelectorAll<HTMLElement>('[popover]:popover-open')) {
      const invokers = [...document.querySelectorAll(`[popovertarget="${CSS.escape(popover.id)}"]`)];
      if (!popover.contains(next) && !invokers.includes(next as Element)) popover.hidePopover();
    }
  });
}
