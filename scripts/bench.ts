/**
 * `npm run bench`: builds the site and measures what readers and IT staff feel:
 * build time, page weight before any interaction, the first search's bytes and
 * requests, keystroke-to-results time in Chromium, and the search index size.
 * Writes bench/results/bench.json and prints a table. Not a test: figures vary
 * with the machine, so nothing here fails on time.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../tests/support/browser.ts';
import { buildSite, root } from '../tests/support/build.ts';
import { serveSite } from '../tests/support/static-server.ts';
import { searchQueries } from '../tests/search-queries.ts';

const outDir = path.join(root, 'node_modules/.cache/bench-dist');
const resultsDir = path.join(root, 'bench/results');

interface Transfer {
  url: string;
  type: string;
  bytes: number;
  gzip: number;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const sum = (transfers: Transfer[], key: 'bytes' | 'gzip') => transfers.reduce((total, t) => total + t[key], 0);
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

/** Records every response the page receives, with its size raw and gzip-compressed. */
function recordTransfers(page: Page): Transfer[] {
  const transfers: Transfer[] = [];
  page.on('response', async (response) => {
    try {
      const body = await response.body();
      transfers.push({
        url: new URL(response.url()).pathname,
        type: response.headers()['content-type']?.split(';')[0] ?? '',
        bytes: body.length,
        // Pagefind's index and wasm files are already compressed; gzip changes them little.
        gzip: gzipSync(body, { level: 9 }).length,
      });
    } catch {
      // A redirect or an aborted request has no body.
    }
  });
  return transfers;
}

function folderSize(folder: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const file of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(path.join(folder, file));
    if (stat.isFile()) {
      bytes += stat.size;
      files++;
    }
  }
  return { bytes, files };
}

async function main() {
  const buildStarted = performance.now();
  buildSite(outDir);
  const buildSeconds = (performance.now() - buildStarted) / 1000;
  const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;

  const site = await serveSite(outDir);
  const browser = await launchBrowser();
  try {
    // A reading page before any interaction.
    const readingPages = ['riktlinjer/lagesbild-och-planer/', 'aktorer/socialnamnden/', 'insatser/nattvandring/', ''];
    const pageWeights = [];
    for (const pagePath of readingPages) {
      const page = await browser.newPage();
      const transfers = recordTransfers(page);
      await page.goto(new URL(pagePath, site.url).href, { waitUntil: 'networkidle' });
      await page.close();
      const js = transfers.filter((t) => t.type.includes('javascript'));
      pageWeights.push({
        page: `/${pagePath}`,
        requests: transfers.length,
        bytes: sum(transfers, 'bytes'),
        gzip: sum(transfers, 'gzip'),
        html: sum(transfers.filter((t) => t.type === 'text/html'), 'gzip'),
        css: sum(transfers.filter((t) => t.type === 'text/css'), 'gzip'),
        js: sum(js, 'gzip'),
      });
    }

    // The first search on the search page, then keystroke-to-results for every query.
    const page = await browser.newPage();
    await page.goto(new URL('sok/', site.url).href, { waitUntil: 'networkidle' });
    const transfers = recordTransfers(page);
    const field = page.locator('[data-search-input]');
    const awaitResults = (query: string) =>
      page.waitForFunction((q) => document.querySelector('[data-search-status]')?.textContent?.includes(`”${q}”`), query, { timeout: 20_000 });
    await field.fill('lägesbild');
    await awaitResults('lägesbild');
    await page.waitForLoadState('networkidle');
    const firstSearch = { requests: transfers.length, bytes: sum(transfers, 'bytes'), gzip: sum(transfers, 'gzip'), files: transfers.map((t) => t.url) };

    const timings: number[] = [];
    for (const { query } of searchQueries) {
      await field.fill(query.slice(0, -1));
      await awaitResults(query.slice(0, -1)).catch(() => undefined);
      // Timed inside the page: from the key event to the status that names the whole query.
      const elapsed = page.evaluate(
        (q) =>
          new Promise<number>((resolve) => {
            const input = document.querySelector('[data-search-input]')!;
            const status = document.querySelector('[data-search-status]')!;
            let started = 0;
            setTimeout(() => resolve(Number.NaN), 10_000);
            input.addEventListener('keydown', () => (started = performance.now()), { once: true });
            new MutationObserver((_, observer) => {
              if (started && status.textContent?.includes(`”${q}”`) && !status.textContent.startsWith('Söker')) {
                observer.disconnect();
                resolve(performance.now() - started);
              }
            }).observe(status, { childList: true, characterData: true, subtree: true });
          }),
        query,
      );
      await field.pressSequentially(query.at(-1)!);
      const ms = await elapsed;
      if (Number.isNaN(ms)) console.warn(`Ingen tid för "${query}": resultatet kom inte inom 10 s.`);
      else timings.push(ms);
    }

    const index = folderSize(path.join(outDir, 'pagefind'));
    const report = {
      date: new Date().toISOString(),
      build: { seconds: Number(buildSeconds.toFixed(2)), pages },
      readingPages: pageWeights,
      firstSearch,
      keystrokeToResultsMs: { p50: Math.round(percentile(timings, 50)), p95: Math.round(percentile(timings, 95)), queries: timings.length },
      searchIndex: { bytes: index.bytes, files: index.files },
    };
    mkdirSync(resultsDir, { recursive: true });
    writeFileSync(path.join(resultsDir, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);

    console.log(`\nBygge: ${report.build.seconds} s, ${pages} sidor`);
    console.table(pageWeights.map((w) => ({ sida: w.page, anrop: w.requests, 'gzip totalt': kb(w.gzip), html: kb(w.html), css: kb(w.css), js: kb(w.js) })));
    console.log(`Första sökningen: ${kb(firstSearch.gzip)} gzip i ${firstSearch.requests} anrop`);
    console.log(`Tangent till resultat: p50 ${report.keystrokeToResultsMs.p50} ms, p95 ${report.keystrokeToResultsMs.p95} ms (${timings.length} frågor)`);
    console.log(`Sökindex: ${kb(index.bytes)} i ${index.files} filer`);
    console.log(`Rapport: ${path.relative(root, path.join(resultsDir, 'bench.json'))}`);
  } finally {
    await browser.close();
    await site.close();
  }
}

await main();
