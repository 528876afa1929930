import type { CDPSession, Page } from 'playwright-core';

/** What Chromium tells assistive technology about an element: its role, name and expanded state. */
export interface AccessibleState {
  role: string;
  name: string;
  /** `undefined` when the element has no expanded state at all. */
  expanded: boolean | undefined;
}

const sessions = new WeakMap<Page, CDPSession>();

/**
 * Reads the element that `expression` evaluates to from Chromium's own
 * accessibility tree, the one screen readers get. Unlike the DOM, it also knows
 * the expanded state of a `<summary>` or a popover button, which have no `aria-expanded`.
 * Example: `accessibleState(page, 'document.activeElement')` → `{ role: 'button', name: 'Filtrera insatserna', expanded: false }`.
 */
export async function accessibleState(page: Page, expression: string): Promise<AccessibleState> {
  let session = sessions.get(page);
  if (!session) {
    session = await page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  const { result } = await session.send('Runtime.evaluate', { expression });
  if (!result.objectId) throw new Error(`${expression} is not an element`);
  const { nodes } = await session.send('Accessibility.getPartialAXTree', { objectId: result.objectId, fetchRelatives: false });
  const node = nodes[0];
  const expanded = node?.properties?.find((property) => property.name === 'expanded');
  return {
    role: String(node?.role?.value ?? ''),
    name: String(node?.name?.value ?? ''),
    expanded: expanded === undefined ? undefined : Boolean(expanded.value.value),
  };
}
