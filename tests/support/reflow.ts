import type { Page } from 'playwright-core';
import type { Problem } from './problems.ts';

/**
 * The text spacing a reader may set (WCAG 1.4.12): line height 1.5, paragraph
 * spacing 2 em, letter spacing 0.12 em and word spacing 0.16 em, as a user stylesheet.
 */
export const TEXT_SPACING_CSS = `
  *, *::before, *::after { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }
`;

/**
 * What breaks reflow on the page as it is now: the page scrolls sideways
 * (the outermost elements that stick out are named), or an element cuts off
 * its own content with `overflow: hidden` or `clip`.
 */
export async function reflowProblems(page: Page, pagePath: string, condition: string): Promise<Problem[]> {
  const found = await page.evaluate(() => {
    const { selectorOf, snippetOf } = window.rvbeTest;
    const viewport = document.documentElement.clientWidth;
    const elements = [...document.body.querySelectorAll<HTMLElement>('*')];
    const isShown = (element: Element) => element.checkVisibility({ visibilityProperty: true });
    // Inside a box that scrolls or clips sideways, an element may extend past the window: the box holds it.
    const heldByBox = (element: Element) => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX !== 'visible') return true;
      }
      return false;
    };
    const sticksOut = (element: Element) =>
      isShown(element) && element.getBoundingClientRect().right > viewport + 0.5 && !heldByBox(element);
    const problems: { rule: string; message: string; selector: string; snippet: string }[] = [];
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth > viewport) {
      const outermost = elements.filter((element) => sticksOut(element) && !(element.parentElement && sticksOut(element.parentElement)));
      for (const element of outermost.slice(0, 10)) {
        const right = Math.round(element.getBoundingClientRect().right);
        const message = `the page is ${scrollWidth} px wide in a ${viewport} px window and scrolls sideways; this element reaches ${right} px`;
        problems.push({ rule: 'horizontal-scroll', message, selector: selectorOf(element), snippet: snippetOf(element) });
      }
      if (outermost.length === 0)
        problems.push({
          rule: 'horizontal-scroll',
          message: `the page is ${scrollWidth} px wide in a ${viewport} px window`,
          selector: 'html',
          snippet: '',
        });
    }
    for (const element of elements) {
      const style = getComputedStyle(element);
      const clips = (overflow: string) => overflow === 'hidden' || overflow === 'clip';
      const box = element.getBoundingClientRect();
      // One-pixel boxes are text for screen readers only (.sr-only), hidden from sight on purpose.
      if (!isShown(element) || box.width <= 1 || box.height <= 1) continue;
      const cutX = clips(style.overflowX) && element.scrollWidth > element.clientWidth + 1;
      const cutY = clips(style.overflowY) && element.scrollHeight > element.clientHeight + 1;
      if (cutX || cutY) {
        const size = `${element.scrollWidth}×${element.scrollHeight} px of content in a ${element.clientWidth}×${element.clientHeight} px box`;
        problems.push({
          rule: 'clipped-content',
          message: `overflow ${style.overflowX}/${style.overflowY} cuts off ${size}`,
          selector: selectorOf(element),
          snippet: snippetOf(element),
        });
      }
    }
    return problems;
  });
  return found.map((problem) => ({ page: pagePath, condition, ...problem }));
}
