import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { addInPageHelpers, ensureInPageHelpers } from './support/in-page.ts';
import { expectNoProblems, type Problem } from './support/problems.ts';
import { sitePages } from './support/site-pages.ts';
import { at } from './support/site-url.ts';

const pages = sitePages(inject('siteDir'));

/** A piece of the page a reader reads or follows: a heading, paragraph, list item, cell or link. */
interface ContentPiece {
  selector: string;
  snippet: string;
  text: string;
  shown: boolean;
  /** Inside an element the HTML hides until a script reveals it, holding a form control: a control that needs JavaScript. */
  inScriptControl: boolean;
  /** A link, in a navigation landmark. */
  link: boolean;
  navigation: boolean;
  /** Inside a closed `<details>` whose summary is shown: the reader opens it without a script. */
  folded: boolean;
}

/** The content of the page as it is now, leaving out status messages, which scripts write as they happen. */
function contentOf(page: Page): Promise<ContentPiece[]> {
  return page.evaluate(() => {
    const { selectorOf, snippetOf } = window.rvbeTest;
    const pieces = document.body.querySelectorAll<HTMLElement>(
      'h1, h2, h3, h4, h5, h6, p, li, dt, dd, th, td, caption, figcaption, blockquote, summary, a[href]',
    );
    return [...pieces]
      .filter((element) => !element.closest('[aria-live], [role="status"]'))
      .map((element) => {
        const hiddenBox = element.closest('[hidden]');
        return {
          selector: selectorOf(element),
          snippet: snippetOf(element),
          text: (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
          shown: element.checkVisibility({ visibilityProperty: true }),
          inScriptControl: Boolean(
            hiddenBox &&
            (hiddenBox.matches('button, input, select, textarea') || hiddenBox.querySelector('button, input, select, textarea')),
          ),
          link: element.matches('a[href]'),
          navigation: Boolean(element.closest('nav')),
          folded: Boolean(element.closest('details:not([open])')?.querySelector(':scope > summary')?.checkVisibility()),
        };
      });
  });
}

let browser: Browser;
let scripted: Page;
let plain: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  const withScript = await browser.newContext();
  await addInPageHelpers(withScript);
  scripted = await withScript.newPage();
  plain = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
});
afterAll(() => browser?.close());

/** What the reader with a script sees that the reader without one does not, or a navigation link hidden from the latter. */
function differences(path: string, condition: string, withScript: ContentPiece[], withoutScript: ContentPiece[]): Problem[] {
  const problem = (rule: string, message: string, piece: ContentPiece): Problem => ({
    page: path,
    condition,
    rule,
    message,
    selector: piece.selector,
    snippet: piece.snippet,
  });
  const plainBySelector = new Map(withoutScript.map((piece) => [piece.selector, piece]));
  const problems: Problem[] = [];
  for (const piece of withScript.filter((candidate) => candidate.shown && candidate.text)) {
    const without = plainBySelector.get(piece.selector);
    if (!without) problems.push(problem('made-by-script', 'shown only when a script has added it', piece));
    else if (!without.shown && !without.inScriptControl)
      problems.push(problem('hidden-without-script', 'shown with JavaScript, hidden without it', piece));
  }
  // Every menu, breadcrumb and contents link is there to follow, on a phone too: no menu waits for a script to open it.
  // A menu folded into a <details> (the header's on a phone) opens without one.
  for (const piece of withoutScript.filter(
    (candidate) => candidate.link && candidate.navigation && !candidate.shown && !candidate.folded,
  )) {
    problems.push(problem('navigation-hidden', 'a navigation link is hidden without JavaScript', piece));
  }
  return problems;
}

describe('without JavaScript', () => {
  it.each(pages)('$path shows all its content and navigation, at 1280 and at 320 px', async ({ path }) => {
    for (const page of [scripted, plain]) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(at(path));
    }
    await ensureInPageHelpers(plain);
    const problems: Problem[] = [];
    for (const width of [1280, 320]) {
      for (const page of [scripted, plain]) await page.setViewportSize({ width, height: 900 });
      problems.push(...differences(path, `${width} px`, await contentOf(scripted), await contentOf(plain)));
    }
    expectNoProblems(problems);
  });
});
