/**
 * `/` or Ctrl+K (⌘K) moves focus to the search field, as on GitHub and in
 * Starlight; `/` is left alone while the reader is typing in a field.
 */
export function listenForSearchShortcut(): void {
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
    const isSlash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
    const isCtrlK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
    if (!isSlash && !isCtrlK) return;
    const field =
      document.querySelector<HTMLInputElement>('main [data-search-input]') ??
      document.querySelector<HTMLInputElement>('[data-search-shortcut]');
    if (!field) return;
    event.preventDefault();
    // On a narrow screen the header's field sits in the folded menu.
    const menu = field.closest('details');
    if (menu) menu.open = true;
    field.focus();
    field.select();
  });
}
