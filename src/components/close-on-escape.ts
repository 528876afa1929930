/**
 * Escape closes the open `<details>` that holds focus and puts focus back on
 * its summary, the way Escape already closes the glossary popovers and the
 * catalogue's filter panel. Without JavaScript the summary still opens and
 * closes with Enter and Space.
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
