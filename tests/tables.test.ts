import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { t } from '../src/i18n/index.ts';
import { useChromium } from './support/browser.ts';
import { expectNoProblems, type Problem } from './support/problems.ts';
import { sitePages } from './support/site-pages.ts';
import { at } from './support/site-url.ts';
import { nextFrames, pagesWithTables, tableProblems } from './support/tables.ts';

const siteDir = inject('siteDir');
const pages = pagesWithTables(siteDir, sitePages(siteDir));
/** A small phone, a common phone (390 × 844) and a desktop. */
const VIEWS = [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
  { width: 1280, height: 900 },
];

let page: Page;
useChromium(async (context) => {
  page = await context.newPage();
});

describe('tables that can be wider than the screen', () => {
  it('are found in the build: the guideline sections with Markdown tables and the responsibility matrix', () => {
    const paths = pages.map(({ path }) => path);
    expect(paths).toEqual(expect.arrayContaining(['/ansvar/', '/riktlinjer/lagesbild-och-planer/', '/riktlinjer/hela/']));
  });

  it.each(pages)(
    '$path at 320, 390 and 1280 px: no cell cuts off text, every sideways scroller is named and focusable, and a table that scrolls says so',
    async ({ path }) => {
      const problems: Problem[] = [];
      for (const { width, height } of VIEWS) {
        await page.setViewportSize({ width, height });
        await page.goto(at(path));
        await nextFrames(page);
        problems.push(...(await tableProblems(page, path, `${width} px`)));
      }
      expectNoProblems(problems);
    },
  );

  it('the table in section 9 scrolls on a 390 px phone, says so just above itself, and heads each row with its first column', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(at('/riktlinjer/lagesbild-och-planer/'));
    await nextFrames(page);
    const region = page.getByRole('region', { name: new RegExp(`^${t('content.table')}: Vad, Vem, Hur ofta`) });
    expect(await region.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    const hint = page.locator('.rvbe-table', { has: region }).getByText(t('table.scrollHint'));
    expect(await hint.isVisible()).toBe(true);
    // The hint stands just above the table, where a reader sees it before the cut-off columns.
    const [hintBox, regionBox] = await Promise.all([hint.boundingBox(), region.boundingBox()]);
    expect(regionBox!.y - (hintBox!.y + hintBox!.height)).toBeLessThan(16);
    expect(await region.getByRole('rowheader').count()).toBe(3);
  });
});

describe('the responsibility matrix at 1280 px', () => {
  it('shows every actor in its first view, or says that the rest are further down and which group comes last', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(at('/ansvar/'));
    const region = page.getByRole('region', { name: t('ansvar.caption') });
    const wrapper = page.locator('.rvbe-table', { has: region });
    // The reader's first view of the matrix: scrolled down to it, its hint at the top of the window.
    await wrapper.evaluate((element) => element.scrollIntoView({ block: 'start', behavior: 'instant' }));
    await nextFrames(page);
    const groups = await region.locator('th[scope="rowgroup"]').allInnerTexts();
    expect(groups.length).toBeGreaterThan(1);
    const hidden = await region.evaluate((box) => {
      const bottom = Math.min(box.getBoundingClientRect().bottom, window.innerHeight);
      return [...box.querySelectorAll('th[scope="row"]')]
        .filter((actor) => actor.getBoundingClientRect().bottom > bottom)
        .map((actor) => actor.textContent?.trim());
    });
    const hint = wrapper.getByText(t('ansvar.scrollDown', { group: groups.at(-1)!.trim() }));
    expect(await hint.isVisible()).toBe(hidden.length > 0);
    if (hidden.length === 0) return;
    // Today the external actors, the last group, are below the foot of the box.
    expect(groups.at(-1)).toBe(t('group.extern'));
    const box = (await hint.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(900);
  });

  it('drops the hint once the box is tall enough for every group', async () => {
    await page.setViewportSize({ width: 1280, height: 4000 });
    await page.goto(at('/ansvar/'));
    await nextFrames(page);
    const region = page.getByRole('region', { name: t('ansvar.caption') });
    expect(await region.evaluate((element) => element.scrollHeight <= element.clientHeight)).toBe(true);
    expect(await page.locator('.rvbe-table__hint--y').isVisible()).toBe(false);
  });
});
