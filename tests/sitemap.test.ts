import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseStringPromise } from 'xml2js';
import { buildSite, htmlPages, pagePath, root } from './support/build.ts';

const SITE_URL = 'https://intranat.example';
const BASE = '/riktlinjer/';
const site = new URL(BASE, SITE_URL).href;
/** The build for https://intranat.example/riktlinjer/, of this run only. */
const siteDir = path.join(root, `node_modules/.cache/test-dist-sitemap-${process.pid}`);
const read = (file: string) => readFileSync(path.join(siteDir, file), 'utf8');

/** Pages the sitemap leaves out, each with the reason. Every other page must be in it. */
const NOT_IN_SITEMAP: { page: string; reason: string }[] = [
  { page: '/404.html', reason: 'the error page' },
  { page: '/sok/', reason: 'the search page has no content of its own; its results are the other pages' },
];

/** The `<loc>` of every entry of a sitemap or sitemap index, read with an XML parser of its own. */
async function locations(file: string, entry: 'url' | 'sitemap'): Promise<string[]> {
  const xml = (await parseStringPromise(read(file))) as Record<string, Record<string, { loc: string[] }[]>>;
  const list = xml[entry === 'url' ? 'urlset' : 'sitemapindex']![entry] ?? [];
  return list.map((item) => item.loc[0]!);
}

describe('the site built for https://intranat.example/riktlinjer/', () => {
  beforeAll(() => {
    buildSite(siteDir, { SITE_BASE: BASE, SITE_URL });
  });
  afterAll(() => rmSync(siteDir, { recursive: true, force: true }));

  it('has a sitemap index under the base path that leads to the sitemap', async () => {
    const sitemaps = await locations('sitemap-index.xml', 'sitemap');
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const sitemap of sitemaps) expect(sitemap.startsWith(site), sitemap).toBe(true);
  });

  it('lists every built page exactly once, under the base path, except the pages named above', async () => {
    const sitemaps = await locations('sitemap-index.xml', 'sitemap');
    const listed = (await Promise.all(sitemaps.map((sitemap) => locations(sitemap.slice(site.length), 'url')))).flat();
    const pages = htmlPages(siteDir).map(pagePath);
    const expected = pages
      .filter((page) => !NOT_IN_SITEMAP.some((excluded) => excluded.page === page))
      .map((page) => new URL(page.slice(1), site).href);
    expect(listed.filter((url, index) => listed.indexOf(url) !== index)).toEqual([]);
    expect([...listed].sort()).toEqual(expected.sort());
    for (const { page } of NOT_IN_SITEMAP) expect(pages).toContain(page);
  });

  it('gives the open data and the examples on /data/ addresses under the base path', () => {
    const file = JSON.parse(read('data/insatser.json')) as { $schema: string; site: string; items: { page: string }[] };
    expect(file.site).toBe(site);
    expect(file.$schema).toBe(`${site}data/insatser.schema.json`);
    expect(file.items.every((item) => item.page.startsWith(`${site}insatser/`))).toBe(true);
    const codes = parse(read('data/index.html'), { blockTextElements: { script: true, style: true } })
      .querySelectorAll('main code')
      .map((code) => code.text);
    expect(codes).toContain(`${site}data/insatser.csv`);
  });
});
