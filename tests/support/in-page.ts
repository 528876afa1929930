import type { BrowserContext, Page } from 'playwright-core';

/** Helpers the checks call inside the page, to name the elements they report. */
export interface InPageHelpers {
  /** A CSS selector that finds the element: from the nearest id, tag, first class and position. */
  selectorOf(element: Element): string;
  /** The element's opening tag and the start of its text. */
  snippetOf(element: Element): string;
}

declare global {
  interface Window {
    rvbeTest: InPageHelpers;
  }
}

/** Defines `window.rvbeTest`; runs in the page, so it refers to nothing outside itself. */
function defineHelpers(): void {
  const selectorOf = (element: Element): string => {
    const parts: string[] = [];
    for (let node: Element | null = element; node && node !== document.documentElement; node = node.parentElement) {
      if (node.id) {
        parts.unshift(`#${CSS.escape(node.id)}`);
        break;
      }
      const name = node.localName;
      const className = [...node.classList][0];
      const sameTag = node.parentElement ? [...node.parentElement.children].filter((child) => child.localName === name) : [];
      const position = sameTag.length > 1 ? `:nth-of-type(${sameTag.indexOf(node) + 1})` : '';
      parts.unshift(`${name}${className ? `.${CSS.escape(className)}` : ''}${position}`);
    }
    return parts.join(' > ');
  };
  const snippetOf = (element: Element): string => {
    const html = element.outerHTML;
    const openingTag = html.slice(0, html.indexOf('>') + 1);
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    return `${openingTag}${text.slice(0, 80)}${text.length > 80 ? '…' : ''}`;
  };
  window.rvbeTest = { selectorOf, snippetOf };
}

/** Makes the helpers available on every page the context opens, before the page's own scripts run. */
export async function addInPageHelpers(context: BrowserContext): Promise<void> {
  await context.addInitScript(defineHelpers);
}

/** Makes the helpers available on a page that is already open, such as one with JavaScript turned off. */
export async function ensureInPageHelpers(page: Page): Promise<void> {
  if (!(await page.evaluate(() => 'rvbeTest' in window))) await page.evaluate(defineHelpers);
}
