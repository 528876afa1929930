import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { htmlPages, pagePath } from './support/build.ts';
import { BUDGETS, budgetFor } from './support/budgets.ts';
import { kb, pageWeight } from './support/page-weight.ts';

const siteDir = inject('siteDir');
const siteUrl = inject('siteUrl');
const pages = htmlPages(siteDir);

describe('page weight before any interaction', () => {
  it.each(pages)('%s stays within its budget', (file) => {
    const budget = budgetFor(file);
    const weight = pageWeight(siteDir, file);
    const parts = `HTML ${kb(weight.html.gzip)}, CSS ${kb(weight.css.gzip)}, JS ${kb(weight.js.gzip)}`;
    expect(weight.total.gzip, `${file}: ${kb(weight.total.gzip)} gzip (${parts}), budget ${kb(budget.gzip)}`).toBeLessThanOrEqual(
      budget.gzip,
    );
    expect(weight.js.gzip, `${file}: ${kb(weight.js.gzip)} gzip JavaScript, budget ${kb(budget.js)}`).toBeLessThanOrEqual(budget.js);
    expect(
      weight.requests,
      `${file}: ${weight.requests} requests (the page, ${weight.resources.join(', ')}), budget ${budget.requests}`,
    ).toBeLessThanOrEqual(budget.requests);
    expect(weight.scripts, `${file}: ${weight.scripts} scripts, budget ${budget.scripts}`).toBeLessThanOrEqual(budget.scripts);
  });

  it('has budgets only for pages that exist', () => {
    expect(Object.keys(BUDGETS).filter((file) => !pages.includes(file))).toEqual([]);
  });
});

describe('the page weight model', () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchBrowser()));
  afterAll(() => browser?.close());

  it.each(['riktlinjer/lagesbild-och-planer/index.html', 'insatser/index.html', 'sok/index.html'])(
    'counts the same files for %s as Chromium fetches when it loads the page',
    async (file) => {
      const page = await browser.newPage();
      const fetched: string[] = [];
      page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
      await page.goto(new URL(pagePath(file).slice(1), siteUrl).href, { waitUntil: 'networkidle' });
      await page.close();
      expect(fetched.sort()).toEqual([pagePath(file), ...pageWeight(siteDir, file).resources].sort());
    },
  );
});
