import { execFileSync } from 'node:child_process';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../src/i18n/index.ts';
import { paths } from '../src/lib/paths.ts';
import { launchBrowser } from './support/browser.ts';
import { at } from './support/site-url.ts';

/**
 * Pages of /riktlinjer/hela/ printed by Chromium on A4: 25 before the print stylesheet (November 2026, with the
 * menu, search and a new page for every section), 18 after. The limit leaves room for some more content.
 */
const MAX_PAGES = 20;

/** An actor page with duties, quotes and a list of members. */
const ACTOR = paths.actor('stadsdelsnamnderna');

/** The menu's labels (src/components/SiteHeader.astro), none of which may be printed. */
const MENU = [t('nav.riktlinjer'), t('nav.mittAnsvar'), t('nav.ansvar'), t('nav.arshjul'), t('nav.insatser'), t('nav.ordlista')];

/** Screen-only text that must not reach the paper: search, the change-history toggle, footnote back-links, the footer. */
const SCREEN_ONLY = [t('search.field'), t('meta.history'), '↩', t('print.button'), t('footer.tillganglighet'), t('skipLink')];

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text of each page of a pdf, line by line, as poppler's pdftotext reads it. */
function pdfPages(pdf: Buffer): string[][] {
  let text: string;
  try {
    text = execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf, encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error('pdftotext is missing: install poppler-utils (apt-get install poppler-utils, as .ci/run does).', { cause: error });
    }
    throw error;
  }
  // pdftotext ends every page with a form feed.
  return text
    .split('\f')
    .slice(0, -1)
    .map((page) => page.split('\n').map(normalize).filter(Boolean));
}

interface Printed {
  pages: string[][];
  /** The headings of the page's main content, as text. */
  headings: string[];
  /** The status banner's first words, as the page shows them. */
  status: string;
  /** The page's last change, as the page shows it. */
  updated: string;
}

async function print(page: Page, path: string): Promise<Printed> {
  await page.goto(at(path));
  const headings = await page.locator('main :is(h1, h2, h3, h4)').evaluateAll((elements) => elements.map((e) => e.textContent ?? ''));
  const status = (await page.locator('.rvbe-status strong').textContent()) ?? '';
  const updated = (await page.locator('.rvbe-meta time').first().textContent()) ?? '';
  const pages = pdfPages(await page.pdf({ format: 'A4' }));
  return { pages, headings: headings.map(normalize), status: normalize(status), updated: normalize(updated) };
}

let browser: Browser;
let scripted: BrowserContext;
let plain: BrowserContext;
let whole: Printed;
let actor: Printed;
let actorWithoutScript: Printed;

beforeAll(async () => {
  browser = await launchBrowser();
  scripted = await browser.newContext();
  plain = await browser.newContext({ javaScriptEnabled: false });
  whole = await print(await scripted.newPage(), paths.wholeGuidelines);
  actor = await print(await scripted.newPage(), ACTOR);
  actorWithoutScript = await print(await plain.newPage(), ACTOR);
});
afterAll(() => browser?.close());

describe.each([
  ['the whole guidelines', paths.wholeGuidelines, () => whole],
  ['an actor page', ACTOR, () => actor],
])('%s, printed', (_name, path, printed) => {
  it('starts with the site’s name and the page’s full address, then the status and the date of the last change', () => {
    const { pages, status, updated } = printed();
    const first = pages[0]!.join(' ');
    const statusAt = first.indexOf(status);
    expect(status).not.toBe('');
    expect(statusAt, `page 1 has the status "${status}": ${first.slice(0, 400)}`).toBeGreaterThan(0);
    // Nothing but the name and the address before the status: no menu, search, skip link or menu button.
    expect(first.slice(0, statusAt).trim()).toBe(`${t('site.owner')} ${t('site.title')} ${t('print.address')} ${at(path)}`);
    expect(first).toContain(`${t('meta.updated')}: ${updated}`);
  });

  it('leaves out the menu, search, toggles, footnote back-links and the footer', () => {
    const lines = printed().pages.flat();
    const text = lines.join(' ');
    for (const label of MENU) expect(lines, `a line that is only the menu item "${label}"`).not.toContain(label);
    expect(text).not.toContain(t('nav.mittAnsvar'));
    for (const screenOnly of SCREEN_ONLY) expect(text).not.toContain(screenOnly);
  });

  it('never leaves a heading alone at the foot of a page', () => {
    const { pages, headings } = printed();
    const alone = pages.slice(0, -1).flatMap((lines, index) => {
      const last = lines.at(-1)!;
      const lastTwo = lines.slice(-2).join(' ');
      return headings.filter((heading) => heading === last || heading === lastTwo).map((heading) => `page ${index + 1}: ${heading}`);
    });
    expect(alone).toEqual([]);
  });
});

describe('the paper copy', () => {
  it(`of the whole guidelines takes fewer than ${MAX_PAGES} A4 pages`, () => {
    expect(whole.pages.length).toBeLessThan(MAX_PAGES);
  });

  it('prints the page’s path as its address when no script can write the full address', () => {
    const first = actorWithoutScript.pages[0]!.join(' ');
    expect(first).toContain(`${t('print.address')} ${ACTOR}`);
    expect(first).not.toContain(at(ACTOR));
  });

  it('is black on white in the dark colour scheme too, with the site’s name in plain black', async () => {
    const page = await scripted.newPage();
    await page.goto(at(paths.wholeGuidelines));
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const colours = await page.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      return {
        page: style('html').backgroundColor,
        text: style('main p').color,
        name: style('.rvbe-header__title').color,
        header: style('.rvbe-header').backgroundColor,
        status: style('.rvbe-status').backgroundColor,
      };
    });
    await page.close();
    expect(colours).toEqual({
      page: 'rgb(255, 255, 255)',
      text: 'rgb(0, 0, 0)',
      name: 'rgb(0, 0, 0)',
      header: 'rgba(0, 0, 0, 0)',
      status: 'rgba(0, 0, 0, 0)',
    });
  });
});

describe('the print button', () => {
  it.each([paths.wholeGuidelines, ACTOR])('on %s opens the print dialogue with JavaScript, and is hidden without it', async (path) => {
    const page = await scripted.newPage();
    await page.goto(at(path));
    const button = page.getByRole('button', { name: t('print.button') });
    await expect.poll(() => button.isVisible()).toBe(true);
    await page.evaluate(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', '');
    });
    await button.click();
    expect(await page.locator('html[data-printed]').count()).toBe(1);
    await page.close();

    const withoutScript = await plain.newPage();
    await withoutScript.goto(at(path));
    expect(await withoutScript.locator('[data-print-button]').count()).toBe(1);
    expect(await withoutScript.locator('[data-print-button]').isHidden()).toBe(true);
    await withoutScript.close();
  });
});
