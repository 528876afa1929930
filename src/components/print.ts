/**
 * Printing, added by the script on every page: the print buttons
 * (PrintButton.astro) appear and open the browser's print dialogue, and the
 * printed address (PrintAddress.astro) becomes a full one.
 */
export function enablePrinting(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print-button]')) {
    button.addEventListener('click', () => window.print());
    button.hidden = false;
  }
  // The build knows only the path; a copy opened from a file keeps it, since its address would lead nowhere.
  if (!location.protocol.startsWith('http')) return;
  for (const address of document.querySelectorAll<HTMLElement>('[data-print-address]')) {
    const path = address.textContent ?? '';
    if (path.startsWith('/')) address.textContent = new URL(path, location.href).href;
  }
}
