import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../src/i18n/index.ts';
import { launchBrowser } from './support/browser.ts';
import { at } from './support/site-url.ts';

/** A phone as the issue measured it: 390 × 844, touch. */
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
/** The most the header may take on a phone, so the content comes first. */
const MAX_HEADER_PX = 120;
/** One page of each kind a reader opens first on a phone. */
const PAGES = ['', 'riktlinjer/lagesbild-och-planer/', 'aktorer/utbildningsnamnden/', 'ansvar/', 'insatser/', 'sok/', 'ordlista/'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function open(path: string, options: Parameters<Browser['newPage']>[0] = PHONE): Promise<Page> {
  const page = await browser.newPage(options);
  await page.goto(at(path));
  return page;
}

const headerHeight = (page: Page) =>
  page
    .locator('header')
    .first()
    .evaluate((header) => header.getBoundingClientRect().height);
const menuButton = (page: Page) => page.locator('header summary', { hasText: t('nav.menu') });
const headerSearchbox = (page: Page) => page.locator('header').getByRole('searchbox', { name: t('search.field') });
const navLink = (page: Page) => page.getByRole('navigation', { name: t('nav.label') }).getByRole('link', { name: t('nav.ordlista') });

describe('the header on a phone', () => {
  it.each(PAGES)(`takes at most ${MAX_HEADER_PX} px on /%s, with the menu folded`, async (path) => {
    const page = await open(path);
    expect(await headerHeight(page)).toBeLessThanOrEqual(MAX_HEADER_PX);
    expect(await menuButton(page).isVisible()).toBe(true);
    expect(await navLink(page).isVisible()).toBe(false);
    await page.close();
  });

  it('opens the menu from the keyboard, shows every menu link and the search field, and closes it with Escape', async () => {
    const page = await open('riktlinjer/');
    await menuButton(page).focus();
    await page.keyboard.press('Enter');
    expect(await navLink(page).isVisible()).toBe(true);
    expect(await headerSearchbox(page).isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('nav') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await navLink(page).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await page.close();
  });

  it('opens the menu without JavaScript', async () => {
    const context = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(at('riktlinjer/'));
    await menuButton(page).click();
    expect(await navLink(page).isVisible()).toBe(true);
    await context.close();
  });

  it('leads to the search page with one tap, and the search shortcut opens the folded menu on the way to the field', async () => {
    const page = await open('ordlista/');
    const searchLink = page.locator('header').getByRole('link', { name: t('search.button'), exact: true });
    expect(new URL((await searchLink.getAttribute('href'))!, at('')).pathname).toBe('/sok/');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
    expect(await page.locator('header').getByRole('searchbox').isVisible()).toBe(true);
    await page.close();
  });

  it('shows the menu and the search field at 1280 px, without a menu button', async () => {
    const page = await open('riktlinjer/', { viewport: { width: 1280, height: 900 } });
    expect(await navLink(page).isVisible()).toBe(true);
    expect(await menuButton(page).isVisible()).toBe(false);
    expect(await headerSearchbox(page).isVisible()).toBe(true);
    await page.close();
  });
});

describe('the search page on a phone', () => {
  it('has one search field, at every width', async () => {
    for (const options of [PHONE, { viewport: { width: 1280, height: 900 } }]) {
      const page = await open('sok/?q=l%C3%A4gesbild', options);
      expect(await page.getByRole('searchbox').count()).toBe(1);
      await page.close();
    }
  });

  it('shows the first result on the first screen, with the filters folded behind a button that counts the chosen ones', async () => {
    const page = await open('sok/?q=l%C3%A4gesbild');
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('träff'));
    const title = page
      .getByRole('list', { name: t('search.results') })
      .locator(':scope > li h2')
      .first();
    expect(await title.evaluate((heading) => heading.getBoundingClientRect().bottom)).toBeLessThanOrEqual(PHONE.viewport.height);
    const filters = page.locator('[data-search-filters]');
    expect(await filters.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    expect(await page.getByRole('group', { name: t('search.filter.typ') }).isVisible()).toBe(false);

    await page.goto(at('sok/?q=l%C3%A4gesbild&typ=insats'));
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('träff'));
    expect(await filters.locator('summary').textContent()).toContain(t('search.filtersChosen', { count: 1 }));
    await page.close();
  });

  it('does not describe the field with arrow keys on a touch screen', async () => {
    const page = await open('sok/');
    expect(await page.getByRole('searchbox').getAttribute('aria-describedby')).toBeNull();
    await page.close();
  });
});

describe('the interventions catalogue on a phone', () => {
  it('offers a link past the filters to the list, naming how many interventions it shows', async () => {
    const page = await open('insatser/');
    const skip = page.getByRole('link', { name: /^Visa \d+ insatser$/ });
    expect(await skip.isVisible()).toBe(true);
    const total = Number(/\d+/.exec((await skip.textContent()) ?? '')![0]);
    await skip.click();
    await page.waitForURL(/#insatser-som-visas$/);
    const heading = page.getByRole('heading', { name: t('insatser.results') });
    // The page may scroll smoothly to the heading, so the position is awaited, not read once.
    await expect.poll(() => heading.evaluate((h) => h.getBoundingClientRect().top)).toBeLessThan(100);

    await page.goto(at('insatser/?slag=riktad'));
    await expect.poll(async () => Number(/\d+/.exec((await skip.textContent()) ?? '')?.[0])).toBeLessThan(total);
    await page.close();
  });
});
