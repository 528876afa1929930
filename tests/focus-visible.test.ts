import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { t } from '../src/i18n/index.ts';
import { tabThrough } from './support/focus.ts';
import { expectNoProblems, type Problem } from './support/problems.ts';
import { pageTypes } from './support/site-pages.ts';
import { at } from './support/site-url.ts';
import { useChromium } from './support/browser.ts';

const types = pageTypes(inject('siteDir'));

let page: Page;
useChromium(async (context) => {
  page = await context.newPage();
});

/** A desktop in the light scheme and a phone in the dark one: both schemes, both layouts. */
const VIEWS = [
  { scheme: 'light', width: 1280 },
  { scheme: 'dark', width: 320 },
] as const;

describe('the focus check itself', () => {
  /** A page on white with two links: one whose focus outline stands out, one whose outline is nearly white. */
  const fixture = (good: string, bad: string) =>
    `<!doctype html><html lang="sv"><head><style>a:focus { outline: none } .good:focus { outline: 3px solid ${good} } .bad:focus { outline: 3px solid ${bad} }</style></head>` +
    `<body style="background: #fff"><p><a class="good" href="#a">Tydlig</a> <a class="bad" href="#b">Otydlig</a></p></body></html>`;

  it.each([
    ['oklch()', 'oklch(0.35 0.12 260)', 'oklch(0.97 0.01 90)'],
    ['color(srgb …)', 'color(srgb 0 0 0.55)', 'color(srgb 0.95 0.95 0.95)'],
    ['rgb()', 'rgb(0, 0, 140)', 'rgb(242, 242, 242)'],
  ])('reads %s colours: passes the dark outline and catches the nearly white one', async (_, good, bad) => {
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await page.setContent(fixture(good, bad));
    const { problems } = await tabThrough(page, 'fixture', bad);
    const invisible = problems.filter((problem) => problem.rule === 'focus-not-visible').map((problem) => problem.snippet);
    expect(invisible).toHaveLength(1);
    expect(invisible[0]).toContain('Otydlig');
  });
});

describe('focus is always visible', () => {
  it.each(types)(
    'on $path every Tab stop shows a focus indicator with 3:1 contrast and is not hidden, light at 1280 px and dark at 320 px',
    async ({ path }) => {
      const problems: Problem[] = [];
      for (const { scheme, width } of VIEWS) {
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
        await page.setViewportSize({ width, height: 800 });
        await page.goto(at(path));
        const { stops, problems: found } = await tabThrough(page, path, `${scheme}, ${width} px`);
        expect(stops).toBeGreaterThan(1);
        problems.push(...found);
      }
      expectNoProblems(problems);
    },
  );

  it('also on search results, in the open filter panel on a phone, and in an open glossary definition', async () => {
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    const problems: Problem[] = [];
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(at('/sok/?q=polisen'));
    await page
      .getByRole('list', { name: t('search.results') })
      .getByRole('link')
      .first()
      .waitFor();
    problems.push(...(await tabThrough(page, '/sok/?q=polisen', 'results shown')).problems);

    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(at('/insatser/'));
    // Opening the panel leaves focus on its toggle; tabbing goes on from there, through the filters.
    await page.getByRole('button', { name: new RegExp(`^${t('insatser.filters')}`) }).click();
    problems.push(...(await tabThrough(page, '/insatser/', 'filter panel open, 320 px')).problems);

    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(at('/riktlinjer/hela/'));
    await page.locator('[popovertarget]:not([popovertargetaction="hide"])').first().click();
    problems.push(...(await tabThrough(page, '/riktlinjer/hela/', 'definition open')).problems);
    expectNoProblems(problems);
  });
});
