/**
 * Instant, combinable filtering of the interventions catalogue. The selection
 * lives in the URL (`?slag=riktad&partner=polisen`), so it can be shared,
 * survives a reload and the back button steps through it. The number of
 * entries shown is announced in a polite live region; each value's count
 * says how many entries choosing it would show.
 */
import {
  countValues,
  emptyState,
  facetIds,
  filterItems,
  isEmptyState,
  parseState,
  serializeState,
  type FacetId,
  type FacetItem,
  type FacetState,
  type FacetValues,
} from '../lib/facets';

const NARROW = '(max-width: 47.99rem)';

export function enhanceCatalogue(root: HTMLElement): void {
  const form = root.querySelector<HTMLElement>('[data-facet-form]');
  const links = root.querySelector<HTMLElement>('[data-facet-links]');
  const status = root.querySelector<HTMLElement>('[data-facet-status]');
  const toggle = root.querySelector<HTMLButtonElement>('[data-facet-toggle]');
  const skip = root.querySelector<HTMLAnchorElement>('[data-facet-skip]');
  const panel = root.querySelector<HTMLElement>('[data-facet-panel]');
  if (!form || !links || !status || !toggle || !panel) return;

  const values = JSON.parse(root.dataset.facetValues ?? '{}') as FacetValues;
  const entries = [...root.querySelectorAll<HTMLElement>('[data-facet-item]')];
  const items: FacetItem[] = entries.map((entry) => {
    const values = emptyState();
    for (const facet of facetIds) values[facet] = (entry.getAttribute(`data-facet-${facet}`) ?? '').split(' ').filter(Boolean);
    return { id: entry.dataset.facetItem ?? '', values };
  });
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"][data-facet]')];
  const text = (key: string, shown = 0) => (root.dataset[key] ?? '').replace('{shown}', String(shown)).replace('{count}', String(shown));

  /** The selection the checkboxes show. */
  const stateOfForm = (): FacetState => {
    const state = emptyState();
    for (const box of boxes) if (box.checked) state[box.dataset.facet as FacetId].push(box.value);
    return state;
  };

  /** Shows the entries, counts and status for a selection, and ticks its boxes. */
  const render = (state: FacetState) => {
    for (const box of boxes) box.checked = state[box.dataset.facet as FacetId].includes(box.value);
    const shown = new Set(filterItems(items, state).map((item) => item.id));
    entries.forEach((entry, index) => (entry.hidden = !shown.has(items[index]!.id)));
    const counts = countValues(items, values, state);
    for (const box of boxes) {
      const count = form.querySelector(`label[for="${box.id}"] [data-facet-count]`);
      if (count) count.textContent = `(${counts[box.dataset.facet as FacetId].get(box.value) ?? 0})`;
    }
    status.textContent = isEmptyState(state)
      ? text('statusAll')
      : shown.size === 0
        ? text('statusNone')
        : shown.size === 1
          ? text('statusOne')
          : text('statusSome', shown.size);
    if (skip) skip.textContent = shown.size === 1 ? text('skipOne') : text('skipSome', shown.size);
    const active = facetIds.reduce((sum, facet) => sum + state[facet].length, 0);
    const badge = toggle.querySelector('[data-facet-active]');
    if (badge) badge.textContent = active ? `(${text('activeTemplate', active)})` : '';
  };

  const setExpanded = (expanded: boolean) => {
    toggle.setAttribute('aria-expanded', String(expanded));
    panel.toggleAttribute('data-collapsed', !expanded);
  };

  form.addEventListener('change', () => {
    const state = stateOfForm();
    history.pushState(null, '', `${location.pathname}${serializeState(state, values)}${location.hash}`);
    render(state);
  });
  form.querySelector('[data-facet-clear]')?.addEventListener('click', () => {
    history.pushState(null, '', `${location.pathname}${location.hash}`);
    render(emptyState());
  });
  // Back and forward restore the selection the URL holds.
  window.addEventListener('popstate', () => render(parseState(location.search, values)));

  toggle.addEventListener('click', () => setExpanded(toggle.getAttribute('aria-expanded') !== 'true'));
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || toggle.getAttribute('aria-expanded') !== 'true' || !matchMedia(NARROW).matches) return;
    if (!panel.contains(document.activeElement) && document.activeElement !== toggle) return;
    setExpanded(false);
    toggle.focus();
  });

  links.hidden = true;
  form.hidden = false;
  toggle.hidden = false;
  setExpanded(!matchMedia(NARROW).matches);
  const initial = parseState(location.search, values);
  if (!isEmptyState(initial)) render(initial);
}
