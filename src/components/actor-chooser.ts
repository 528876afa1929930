/**
 * The filterable actor chooser on /mitt-ansvar/: reveals the filter field,
 * hides the actors that do not match what is typed, and says how many are
 * left in a polite live region. ArrowDown moves from the field to the first
 * match; Enter opens the only match; Escape empties the field.
 */
import { matchesQuery } from '../lib/actor-filter';

export function enhanceActorChooser(root: HTMLElement): void {
  const filter = root.querySelector<HTMLElement>('[data-chooser-filter]');
  const input = root.querySelector<HTMLInputElement>('[data-chooser-input]');
  const status = root.querySelector<HTMLElement>('[data-chooser-status]');
  if (!filter || !input || !status) return;
  const items = [...root.querySelectorAll<HTMLElement>('[data-chooser-item]')];
  const groups = [...root.querySelectorAll<HTMLElement>('[data-chooser-group]')];
  const countTemplate = root.dataset.countTemplate ?? '{count} / {total}';
  const noneText = root.dataset.noneText ?? '';
  const visible = () => items.filter((item) => !item.hidden);
  const linkOf = (item: HTMLElement | undefined) => item?.querySelector('a') ?? null;

  const apply = () => {
    const query = input.value;
    for (const item of items) item.hidden = !matchesQuery(item.dataset.chooserItem ?? '', query);
    for (const group of groups) group.hidden = !group.querySelector('[data-chooser-item]:not([hidden])');
    const count = visible().length;
    status.textContent = query.trim()
      ? count === 0
        ? noneText
        : countTemplate.replace('{count}', String(count)).replace('{total}', String(items.length))
      : '';
  };

  input.addEventListener('input', apply);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      const first = linkOf(visible()[0]);
      if (first) {
        event.preventDefault();
        first.focus();
      }
    } else if (event.key === 'Enter') {
      const matches = visible();
      if (input.value.trim() && matches.length === 1) {
        event.preventDefault();
        linkOf(matches[0])?.click();
      }
    } else if (event.key === 'Escape' && input.value) {
      event.preventDefault();
      input.value = '';
      apply();
    }
  });
  filter.hidden = false;
  // A value the browser restored (back button) filters at once.
  if (input.value) apply();
}
