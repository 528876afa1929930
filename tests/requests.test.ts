import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { t } from '../src/i18n/index.ts';
import { launchBrowser } from './support/browser.ts';
import { expectNoProblems, type Problem } from './support/problems.ts';
import { searchFor } from './support/search-ui.ts';
import { sitePages } from './support/site-pages.ts';
import { at } from './support/site-url.ts';

const siteUrl = inject('siteUrl');
const pages = sitePages(inject('siteDir'));
const siteOrigin = new URL(siteUrl).origin;

/** URLs that are no request at all: the inline favicon, and objects the page makes itself. */
const isInline = (url: URL) => url.protocol === 'data:' || url.protocol === 'blob:';
const leavesSite = (url: URL) => !isInline(url) && url.origin !== siteOrigin;

let browser: Browser;
let page: Page;
/** Every request to another origin, with the page that made it; none is let through. */
const foreign: Problem[] = [];
let current = '';

beforeAll(async () => {
  browser = await launchBrowser();
  const context = await browser.newContext();
  context.on('request', (request) => {
    if (leavesSite(new URL(request.url()))) {
      foreign.push({ page: current, rule: 'foreign-request', message: `${request.resourceType()} request to ${request.url()}` });
    }
  });
  await context.route(leavesSite, (route) => route.abort('blockedbyclient'));
  page = await context.newPage();
});
afterAll(() => browser?.close());

/** The requests to other origins made while `action` runs. */
async function foreignRequestsDuring(path: string, action: () => Promise<unknown>): Promise<Problem[]> {
  current = path;
  const before = foreign.length;
  await action();
  return foreign.slice(before);
}

describe('no request leaves the site', () => {
  it.each(pages)('loading $path asks no other origin for anything', async ({ path }) => {
    expectNoProblems(await foreignRequestsDuring(path, () => page.goto(at(path), { waitUntil: 'load' })));
  });

  it('searching from the header, filtering, showing more and opening a result asks no other origin for anything', async () => {
    const problems = await foreignRequestsDuring('/sok/', async () => {
      await page.goto(siteUrl);
      await page
        .getByRole('search', { name: t('search.label') })
        .getByRole('searchbox')
        .fill('nämnd');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/sok\/\?q=/);
      await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('”nämnd”'));
      await searchFor(page, 'lagesbidl');
      await page
        .getByRole('group', { name: t('search.filter.typ') })
        .getByRole('radio')
        .nth(1)
        .check();
      await searchFor(page, 'polisen');
      const more = page.getByRole('button', { name: t('search.more') });
      if (await more.isVisible()) await more.click();
      await page
        .getByRole('list', { name: t('search.results') })
        .getByRole('link')
        .first()
        .click();
      await page.waitForLoadState('networkidle');
    });
    expect(new URL(page.url()).pathname).not.toBe('/sok/');
    expectNoProblems(problems);
  });
});
