import type { Page } from 'playwright-core';

/** Types a query into the search page's field, as a reader would, and waits for the results to be announced. */
export async function searchFor(page: Page, query: string): Promise<void> {
  const field = page.getByRole('searchbox', { name: 'Sök i riktlinjerna' }).last();
  await field.fill('');
  await field.pressSequentially(query, { delay: 0 });
  await page.waitForFunction(
    (q) => {
      const status = document.querySelector('[role="status"][data-search-status]')?.textContent ?? '';
      return status.includes(`”${q}”`);
    },
    query,
    { timeout: 20_000 },
  );
}

/** The paths of the results in order, as listed under "Sökresultat". */
export async function resultPaths(page: Page): Promise<string[]> {
  const links = page.getByRole('list', { name: 'Sökresultat' }).locator(':scope > li h2 a');
  return await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** Clicks "Visa fler träffar" until every result is listed, waiting each time for the list to grow. */
export async function showAllResults(page: Page): Promise<void> {
  const more = page.getByRole('button', { name: 'Visa fler träffar' });
  const items = page.getByRole('list', { name: 'Sökresultat' }).locator(':scope > li');
  while (await more.isVisible()) {
    const before = await items.count();
    await more.click();
    await page.waitForFunction(({ before }) => document.querySelectorAll('[data-search-results] > li').length > before, { before });
  }
}
