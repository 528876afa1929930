import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { searchQueries } from '../../tests/search-queries.ts';

/** One file the browser received. */
interface Transfer {
  url: string;
  bytes: number;
  gzip: number;
}

/** What the first search costs, and how long the search takes from keystroke to results. */
export interface SearchCost {
  firstSearch: { requests: number; bytes: number; gzip: number; files: string[] };
  keystrokeToResultsMs: { p50: number; p95: number; max: number; queries: number };
}

const sum = (transfers: Transfer[], key: 'bytes' | 'gzip') => transfers.reduce((total, t) => total + t[key], 0);
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

/**
 * Records every response the page receives, with its size raw and
 * gzip-compressed; `settled()` waits until every body has been read, so that
 * no late response (the result fragments) is left out of the sum.
 */
function recordTransfers(page: Page): { transfers: Transfer[]; settled: () => Promise<unknown> } {
  const transfers: Transfer[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      response.body().then(
        // Pagefind's index and wasm files are already compressed; gzip changes them little.
        (body) => void transfers.push({ url: new URL(response.url()).pathname, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length }),
        // A redirect or an aborted request has no body.
        () => undefined,
      ),
    );
  });
  return { transfers, settled: () => Promise.all(pending) };
}

const statusNames = (query: string) => `”${query}”`;

/**
 * On the search page at `siteUrl`: the files and bytes the first search
 * fetches (Pagefind, its index chunks, the vocabulary), then, for every query
 * of the search-quality suite, the time from the last keystroke to the status
 * line that announces the results, timed inside the page.
 */
export async function measureSearch(browser: Browser, siteUrl: string): Promise<SearchCost> {
  const page = await browser.newPage();
  await page.goto(new URL('sok/', siteUrl).href, { waitUntil: 'networkidle' });
  const { transfers, settled } = recordTransfers(page);
  const field = page.locator('[data-search-input]');
  const awaitResults = (query: string) =>
    page.waitForFunction((q) => document.querySelector('[data-search-status]')?.textContent?.includes(q), statusNames(query), { timeout: 20_000 });
  await field.fill('lägesbild');
  await awaitResults('lägesbild');
  await page.waitForLoadState('networkidle');
  await settled();
  const firstSearch = { requests: transfers.length, bytes: sum(transfers, 'bytes'), gzip: sum(transfers, 'gzip'), files: transfers.map((t) => t.url) };

  const timings: number[] = [];
  for (const { query } of searchQueries) {
    await field.fill(query.slice(0, -1));
    await awaitResults(query.slice(0, -1)).catch(() => undefined);
    const elapsed = page.evaluate(
      (quoted) =>
        new Promise<number>((resolve) => {
          const input = document.querySelector('[data-search-input]')!;
          const status = document.querySelector('[data-search-status]')!;
          let started = 0;
          setTimeout(() => resolve(Number.NaN), 10_000);
          // Letters that are not on the keyboard layout (å, ä, ö) arrive without a keydown, so beforeinput counts too.
          const start = () => (started ||= performance.now());
          input.addEventListener('keydown', start, { once: true });
          input.addEventListener('beforeinput', start, { once: true });
          new MutationObserver((_, observer) => {
            if (started && status.textContent?.includes(quoted) && !status.textContent.startsWith('Söker')) {
              observer.disconnect();
              resolve(performance.now() - started);
            }
          }).observe(status, { childList: true, characterData: true, subtree: true });
        }),
      statusNames(query),
    );
    await field.pressSequentially(query.at(-1)!);
    const ms = await elapsed;
    if (Number.isNaN(ms)) console.warn(`Ingen tid för "${query}": resultatet kom inte inom 10 s.`);
    else timings.push(ms);
  }
  await page.close();
  return {
    firstSearch,
    keystrokeToResultsMs: { p50: Math.round(percentile(timings, 50)), p95: Math.round(percentile(timings, 95)), max: Math.round(Math.max(...timings)), queries: timings.length },
  };
}
