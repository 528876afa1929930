import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { t } from '../src/i18n/index.ts';
import { launchBrowser } from './support/browser.ts';
import { expectNoProblems, type Problem } from './support/problems.ts';
import { searchFor } from './support/search-ui.ts';
import { anchorsOf, htmlReader, linksOfAsset, linksOfHtml, resolveLink, type SiteLink } from './support/site-links.ts';
import { sitePages } from './support/site-pages.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');
const pages = sitePages(siteDir);
const read = htmlReader(siteDir);
/** Words found on most pages, so that together their results reach nearly every page and heading. */
const BROAD_QUERIES = ['extremism', 'nämnd', 'insats', 'ansvar', 'lägesbild', 'polisen'];

/** What is wrong with each link from `fromPath`: a page or file the build lacks, or a fragment with no element to land on. */
function brokenLinks(links: readonly SiteLink[], fromPath: string, page = fromPath): Problem[] {
  return links.flatMap(({ href, source }): Problem[] => {
    const resolved = resolveLink(href, fromPath, siteDir);
    if (resolved.external) return [];
    const problem = (rule: string, message: string): Problem[] => [{ page, rule, message, snippet: source }];
    if (!resolved.file) return problem('missing-page', `"${href}" leads to ${resolved.pathname}, which the build does not have`);
    if (!resolved.fragment) return [];
    if (!resolved.file.endsWith('.html'))
      return problem('missing-fragment', `"${href}" asks for #${resolved.fragment} in a file that is not a page`);
    if (anchorsOf(read(resolved.file)).has(resolved.fragment)) return [];
    return problem('missing-fragment', `"${href}" leads to #${resolved.fragment}, but ${resolved.pathname} has no element with that id`);
  });
}

describe('links', () => {
  it.each(pages)('every internal link and #fragment on $path leads to a page and an element that exist', ({ file, path: pagePath }) => {
    expectNoProblems(brokenLinks(linksOfHtml(read(file)), pagePath));
  });

  it('every stylesheet and script the pages load exists, and so does every file they refer to', () => {
    const assets = new Set(
      pages.flatMap(({ file, path: pagePath }) =>
        linksOfHtml(read(file))
          .filter(({ href }) => /\.(css|js)$/.test(href))
          .map(({ href }) => new URL(href, `http://site.invalid${pagePath}`).pathname),
      ),
    );
    const problems = [...assets].flatMap((asset) => {
      const file = path.join(siteDir, asset);
      const kind = asset.endsWith('.css') ? 'css' : 'js';
      try {
        return brokenLinks(linksOfAsset(readFileSync(file, 'utf8'), kind), asset);
      } catch {
        return [{ page: asset, rule: 'missing-page', message: `${asset} is loaded by a page but is not in the build` }];
      }
    });
    expectNoProblems(problems);
  });

  it('every search result, and every heading a result points into, exists', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(new URL('sok/', siteUrl).href);
      const problems: Problem[] = [];
      const checked = new Set<string>();
      for (const query of BROAD_QUERIES) {
        await searchFor(page, query);
        const more = page.getByRole('button', { name: t('search.more') });
        const results = page.getByRole('list', { name: t('search.results') }).locator(':scope > li');
        while (await more.isVisible()) {
          const shown = await results.count();
          await more.click();
          await expect.poll(() => results.count()).toBeGreaterThan(shown);
        }
        const hrefs = await page
          .locator('[data-search-results] a[href], [data-search-suggestion]:not([hidden]) a[href]')
          .evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
        problems.push(
          ...brokenLinks(
            hrefs.map((href) => ({ href, source: `a result for "${query}"` })),
            '/sok/',
            `/sok/?q=${query}`,
          ),
        );
        for (const href of hrefs) checked.add(href);
      }
      expectNoProblems(problems);
      // The queries must reach much of the site, headings included, for the check to prove anything.
      expect(checked.size).toBeGreaterThan(pages.length / 2);
      expect([...checked].filter((href) => href.includes('#')).length).toBeGreaterThan(0);
    } finally {
      await browser.close();
    }
  });
});
