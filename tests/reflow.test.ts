import type { Page } from 'playwright-core';
import { describe, inject, it } from 'vitest';
import { t } from '../src/i18n/index.ts';
import { expectNoProblems, type Problem } from './support/problems.ts';
import { reflowProblems, TEXT_SPACING_CSS } from './support/reflow.ts';
import { searchFor } from './support/search-ui.ts';
import { sitePages } from './support/site-pages.ts';
import { at } from './support/site-url.ts';
import { useChromium } from './support/browser.ts';

const pages = sitePages(inject('siteDir'));

let page: Page;
useChromium(async (context) => {
  page = await context.newPage();
});

/** Reflow at 320 px (WCAG 1.4.10), then with the reader's text spacing (WCAG 1.4.12) at 320 and at 1280 px. */
async function reflowAndSpacingProblems(path: string): Promise<Problem[]> {
  const problems = await reflowProblems(page, path, '320 px');
  await page.addStyleTag({ content: TEXT_SPACING_CSS });
  problems.push(...(await reflowProblems(page, path, '320 px, text spacing')));
  await page.setViewportSize({ width: 1280, height: 900 });
  problems.push(...(await reflowProblems(page, path, '1280 px, text spacing')));
  return problems;
}

async function openNarrow(path: string): Promise<void> {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(at(path));
}

describe('reflow and text spacing', () => {
  it.each(pages)('$path fits 320 px without sideways scrolling, and text spacing cuts nothing off', async ({ path }) => {
    await openNarrow(path);
    expectNoProblems(await reflowAndSpacingProblems(path));
  });

  it('the search page fits 320 px with results, filters and a suggestion shown', async () => {
    await openNarrow('/sok/');
    await searchFor(page, 'polisen');
    await searchFor(page, 'extremsim');
    expectNoProblems(await reflowAndSpacingProblems('/sok/?q=extremsim'));
  });

  it('the interventions catalogue fits 320 px with its filter panel open', async () => {
    await openNarrow('/insatser/');
    await page.getByRole('button', { name: new RegExp(`^${t('insatser.filters')}`) }).click();
    await page
      .getByRole('group', { name: t('facet.slag') })
      .getByRole('checkbox')
      .first()
      .check();
    expectNoProblems(await reflowAndSpacingProblems('/insatser/ (filters open)'));
  });

  it('a glossary definition fits 320 px when open', async () => {
    await openNarrow('/riktlinjer/hela/');
    await page.locator('[popovertarget]:not([popovertargetaction="hide"])').first().click();
    expectNoProblems(await reflowAndSpacingProblems('/riktlinjer/hela/ (definition open)'));
  });
});
