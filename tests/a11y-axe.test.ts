import type { Page } from 'playwright-core';
import { describe, inject, it } from 'vitest';
import { t } from '../src/i18n/index.ts';
import { axeProblems } from './support/axe.ts';
import { useChromium } from './support/browser.ts';
import { expectNoProblems, type Problem } from './support/problems.ts';
import { searchFor } from './support/search-ui.ts';
import { sitePages } from './support/site-pages.ts';
import { COLOUR_SCHEMES, WIDTHS } from './support/views.ts';
import { at } from './support/site-url.ts';

const pages = sitePages(inject('siteDir'));

type View = { scheme: (typeof COLOUR_SCHEMES)[number]; width: number };
const EVERY_VIEW: View[] = COLOUR_SCHEMES.flatMap((scheme) => WIDTHS.map((width) => ({ scheme, width })));

let page: Page;
useChromium(async (context) => {
  page = await context.newPage();
});

/** Runs axe on the page as it is, in each view, switching scheme and width in place rather than reloading. */
async function axeInViews(path: string, views: readonly View[] = EVERY_VIEW): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const { scheme, width } of views) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width, height: 900 });
    problems.push(...(await axeProblems(page, path, `${scheme}, ${width} px`)));
  }
  return problems;
}

async function open(path: string, width = 1280): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width, height: 900 });
  await page.goto(at(path));
}

describe('axe-core finds no WCAG 2.0, 2.1 or 2.2 A/AA violation and no best-practice violation', () => {
  it.each(pages)('on $path, with its disclosures open, in light and dark at 1280 and 320 px', async ({ path }) => {
    await open(path);
    // Open every <details>, so axe also checks what is inside them.
    await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
    expectNoProblems(await axeInViews(path));
  });
});

describe('axe-core finds no violation in the states a reader brings about', () => {
  it('on the search page with results, with a filter, with a spelling suggestion and with no results', async () => {
    await open('/sok/');
    const problems: Problem[] = [];
    await searchFor(page, 'polisen');
    problems.push(...(await axeInViews('/sok/?q=polisen')));
    await page
      .getByRole('group', { name: t('search.filter.typ') })
      .getByRole('radio', { name: new RegExp(`^${t('searchType.insats')}`) })
      .check();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('typ') === 'insats');
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('”polisen”'));
    problems.push(...(await axeInViews('/sok/?q=polisen&typ=insats')));
    await page
      .getByRole('group', { name: t('search.filter.typ') })
      .getByRole('radio', { name: t('search.filterAll') })
      .check();
    await searchFor(page, 'extremsim');
    problems.push(...(await axeInViews('/sok/?q=extremsim')));
    await searchFor(page, 'qqqxxyz');
    problems.push(...(await axeInViews('/sok/?q=qqqxxyz')));
    expectNoProblems(problems);
  });

  it('on /insatser/ with a filter applied, and on a phone with the filter panel open', async () => {
    await open('/insatser/');
    const problems: Problem[] = [];
    await page
      .getByRole('group', { name: t('facet.slag') })
      .getByRole('checkbox')
      .first()
      .check();
    await page.waitForFunction(() => location.search !== '');
    problems.push(...(await axeInViews('/insatser/ (filtered)')));

    await open('/insatser/', 320);
    const narrow = COLOUR_SCHEMES.map((scheme) => ({ scheme, width: 320 }));
    problems.push(...(await axeInViews('/insatser/ (filters folded)', narrow)));
    await page.getByRole('button', { name: new RegExp(`^${t('insatser.filters')}`) }).click();
    await page
      .getByRole('group', { name: t('facet.malgrupp') })
      .getByRole('checkbox')
      .first()
      .check();
    problems.push(...(await axeInViews('/insatser/ (filters open, filtered)', narrow)));
    expectNoProblems(problems);
  });

  it('on a guideline section with a glossary definition open', async () => {
    await open('/riktlinjer/hela/');
    await page.locator('[popovertarget]:not([popovertargetaction="hide"])').first().click();
    await page.locator(':popover-open').waitFor();
    expectNoProblems(await axeInViews('/riktlinjer/hela/ (definition open)'));
  });

  it('on /mitt-ansvar/ with the list filtered', async () => {
    await open('/mitt-ansvar/');
    await page.getByRole('searchbox', { name: t('mittAnsvar.filter') }).fill('nämnd');
    expectNoProblems(await axeInViews('/mitt-ansvar/ (filtered)'));
  });
});
