import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Problem } from './problems.ts';
import type { SitePage } from './site-pages.ts';

/** The pages of a build that have a table, found in their HTML. */
export function pagesWithTables(siteDir: string, pages: readonly SitePage[]): SitePage[] {
  return pages.filter(({ file }) => readFileSync(path.join(siteDir, file), 'utf8').includes('<table'));
}

/** Waits two frames, so that scroll-driven animations (the cues in base.css) have caught up with layout and scrolling. */
export function nextFrames(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/**
 * What is wrong with the tables on the page as it is now:
 *
 * - `clipped-cell`: a shown th or td whose text is wider than the cell (more than 1 px), so a word is cut off
 *   or runs into the next cell;
 * - `unnamed-scroller`, `unfocusable-scroller`: a box that scrolls sideways has no accessible name
 *   (aria-label, aria-labelledby) or cannot be reached with Tab (tabindex="0"), so a keyboard user cannot scroll it;
 * - `no-scroll-cue`: a table that is wider than its box does not show it: no visible hint
 *   (`.rvbe-table__hint`) or no scroll shadows (local backgrounds);
 * - `false-scroll-cue`: a table that fits its box still says that it scrolls;
 * - `row-header-scrolls-away`: scrolled to its end, a table's row headers (th[scope=row]) have left the box,
 *   have no background of their own (the cells would show through), or cast no shadow over the scrolled cells.
 *
 * Scrolls each overflowing box to its end and back, so call it with the page at rest.
 */
export async function tableProblems(page: Page, pagePath: string, condition: string): Promise<Problem[]> {
  const found = await page.evaluate(async () => {
    const { selectorOf, snippetOf } = window.rvbeTest;
    const problems: { rule: string; message: string; selector: string; snippet: string }[] = [];
    const report = (rule: string, message: string, element: Element) =>
      problems.push({ rule, message, selector: selectorOf(element), snippet: snippetOf(element) });
    const isShown = (element: Element) => element.checkVisibility({ visibilityProperty: true, opacityProperty: true });
    const overflowsX = (element: Element) => element.scrollWidth > element.clientWidth + 1;
    const frames = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

    for (const cell of document.querySelectorAll('th, td')) {
      if (isShown(cell) && overflowsX(cell))
        report('clipped-cell', `the cell's content is ${cell.scrollWidth} px wide in ${cell.clientWidth} px`, cell);
    }

    const scrollsX = (element: Element) => ['auto', 'scroll'].includes(getComputedStyle(element).overflowX);
    const nameOf = (element: Element) => {
      const labelledBy = (element.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
      const byReference = labelledBy.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
      return (byReference || element.getAttribute('aria-label') || '').trim();
    };
    for (const box of document.body.querySelectorAll('*')) {
      if (!isShown(box) || !scrollsX(box) || !overflowsX(box)) continue;
      if (!nameOf(box)) report('unnamed-scroller', 'scrolls sideways but has no accessible name (aria-label or aria-labelledby)', box);
      if (box.getAttribute('tabindex') !== '0')
        report('unfocusable-scroller', 'scrolls sideways but cannot be reached with Tab (tabindex="0")', box);
    }

    for (const table of document.querySelectorAll('table')) {
      if (!isShown(table)) continue;
      let box: Element | null = table.parentElement;
      while (box && box !== document.body && !scrollsX(box)) box = box.parentElement;
      if (!box || box === document.body) continue;
      const hint = box.closest('.rvbe-table')?.querySelector('.rvbe-table__hint:not(.rvbe-table__hint--y)');
      const hintShown = Boolean(hint && isShown(hint));
      if (!overflowsX(box)) {
        if (hintShown) report('false-scroll-cue', 'the table fits its box, yet the hint says that it scrolls sideways', hint!);
        continue;
      }
      const style = getComputedStyle(box);
      if (!hintShown) report('no-scroll-cue', `the table is ${box.scrollWidth} px wide in ${box.clientWidth} px and shows no hint`, box);
      if (!style.backgroundAttachment.includes('local') || !style.backgroundImage.includes('gradient'))
        report('no-scroll-cue', 'the table is wider than its box and has no scroll shadows', box);

      const rowHeaders = [...table.querySelectorAll('th[scope="row"]')].filter(isShown);
      if (rowHeaders.length === 0) continue;
      box.scrollLeft = box.scrollWidth;
      await frames();
      const start = box.getBoundingClientRect().left + box.clientLeft;
      for (const header of rowHeaders) {
        const headerStyle = getComputedStyle(header);
        const left = header.getBoundingClientRect().left;
        if (Math.abs(left - start) > 2)
          report(
            'row-header-scrolls-away',
            `scrolled to the end, the row header is at ${Math.round(left)} px, not at the box's ${Math.round(start)} px`,
            header,
          );
        else if (/^(transparent|rgba\(.*, 0\))$/.test(headerStyle.backgroundColor))
          report('row-header-scrolls-away', 'the row header has no background, so scrolled cells show through it', header);
        else if (headerStyle.boxShadow === 'none' || /0px 0px 0px 0px$/.test(headerStyle.boxShadow))
          report('row-header-scrolls-away', 'scrolled, the row header casts no shadow over the cells under it', header);
      }
      box.scrollLeft = 0;
      await frames();
    }
    return problems;
  });
  return found.map((problem) => ({ page: pagePath, condition, ...problem }));
}
