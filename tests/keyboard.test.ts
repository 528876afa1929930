import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { t } from '../src/i18n/index.ts';
import { accessibleState } from './support/accessibility-tree.ts';
import { expectNoProblems, type Problem } from './support/problems.ts';
import { pageTypes } from './support/site-pages.ts';
import { at } from './support/site-url.ts';
import { useChromium } from './support/browser.ts';

const types = pageTypes(inject('siteDir'));

let page: Page;
useChromium(async (context) => {
  page = await context.newPage();
});

async function open(path: string, width = 1280): Promise<void> {
  await page.setViewportSize({ width, height: 800 });
  await page.goto(at(path));
}

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

/** Presses Tab until `target` has focus, as a reader would; fails if it is never reached. */
async function tabTo(target: Locator, limit = 80): Promise<void> {
  for (let press = 0; press < limit; press++) {
    await page.keyboard.press('Tab');
    if (await isFocused(target)) return;
  }
  throw new Error(`Tab never reached ${target}`);
}

describe('the skip link', () => {
  it.each(types)('on $path is the first Tab stop, shows itself, and moves focus to the main content', async ({ path }) => {
    await open(path);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: t('skipLink') });
    expect(await isFocused(skip)).toBe(true);
    const box = (await skip.boundingBox())!;
    expect(box.width).toBeGreaterThan(20);
    expect(
      await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.textContent, {
        x: box.x + box.width / 2,
        y: box.y + box.height / 2,
      }),
    ).toBe(t('skipLink'));
    await page.keyboard.press('Enter');
    expect(await isFocused(page.getByRole('main'))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.getByRole('main').evaluate((main) => main.contains(document.activeElement) && main !== document.activeElement)).toBe(
      true,
    );
  });
});

describe('the search by keyboard alone', () => {
  it('is reached with Tab, run with Enter, and a result opens with Enter', async () => {
    await open('/');
    const field = page.getByRole('search', { name: t('search.label') }).getByRole('searchbox', { name: t('search.field') });
    await tabTo(field);
    await page.keyboard.type('nattvandring');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/sok\/\?q=nattvandring/);
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent()).toMatch(/träff/);

    const firstResult = page
      .getByRole('list', { name: t('search.results') })
      .getByRole('link')
      .first();
    const title = await firstResult.textContent();
    await tabTo(firstResult);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => !url.pathname.startsWith('/sok/'));
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
  });
});

describe('the intervention filters by keyboard alone', () => {
  const status = () => page.locator('[data-facet-status]');
  const shown = () => page.getByRole('main').locator('[data-facet-item]:visible').count();

  it('tick with Space and clear with Enter on a wide screen', async () => {
    await open('/insatser/');
    const all = await shown();
    const box = page
      .getByRole('group', { name: t('facet.slag') })
      .getByRole('checkbox')
      .last();
    await tabTo(box);
    await page.keyboard.press('Space');
    expect(await box.isChecked()).toBe(true);
    await expect.poll(() => new URL(page.url()).search).toMatch(/^\?slag=/);
    expect(await shown()).toBeLessThan(all);
    expect(await status().textContent()).not.toBe(t('insatser.statusAll', { total: all }));

    await tabTo(page.getByRole('button', { name: t('insatser.clear') }));
    await page.keyboard.press('Enter');
    expect(await box.isChecked()).toBe(false);
    expect(await shown()).toBe(all);
    expect(await status().textContent()).toBe(t('insatser.statusAll', { total: all }));
  });

  it('open with Enter, tick with Space and close with Escape on a phone', async () => {
    await open('/insatser/', 320);
    const toggle = page.getByRole('button', { name: new RegExp(`^${t('insatser.filters')}`) });
    await tabTo(toggle);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Tab');
    const focused = page.locator(':focus');
    expect(await focused.getAttribute('type')).toBe('checkbox');
    await page.keyboard.press('Space');
    expect(await focused.isChecked()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await isFocused(toggle)).toBe(true);
    expect(await toggle.textContent()).toContain(t('insatser.filtersActive', { count: 1 }));
  });
});

describe('a glossary definition by keyboard alone', () => {
  it('opens with Enter, is tabbed through, and closes when focus moves on past it', async () => {
    await open('/riktlinjer/hela/');
    const button = page.getByRole('button', { name: new RegExp(`^${t('begrepp.explain', { term: '' }).replace('?', '')}`) }).first();
    await tabTo(button, 200);
    await page.keyboard.press('Enter');
    const definition = page.locator(':popover-open');
    await page.keyboard.press('Tab');
    expect(await isFocused(definition.getByRole('link', { name: t('begrepp.glossary') }))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await isFocused(definition.getByRole('button', { name: t('begrepp.close') }))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await definition.count()).toBe(0);
  });
});

/** The toggles on a page: disclosure summaries, popover buttons and buttons that control another element. */
const TOGGLES = 'summary, button[popovertarget]:not([popovertargetaction="hide"]), button[aria-expanded], button[aria-controls]';

/** Whether what a toggle controls is on screen: the rest of its `<details>`, its popover, or its `aria-controls` target. */
function controlledIsShown(toggle: Element): boolean {
  if (toggle.localName === 'summary') return (toggle.parentElement as HTMLDetailsElement).open;
  const id = toggle.getAttribute('popovertarget') ?? toggle.getAttribute('aria-controls') ?? '';
  return document.getElementById(id)?.checkVisibility() ?? false;
}

describe('every toggle', () => {
  it.each(types)(
    'on $path tells its state, opens with Enter, and closes with Escape with focus back on it, at 1280 and 320 px',
    async ({ path }) => {
      const problems: Problem[] = [];
      for (const width of [1280, 320]) {
        await open(path, width);
        // Number the visible toggles, so that the DOM and the accessibility tree can be asked about the same one.
        const count = await page.evaluate((selector) => {
          const visible = [...document.querySelectorAll(selector)].filter((element) => element.checkVisibility());
          visible.forEach((element, index) => element.setAttribute('data-test-toggle', String(index)));
          return visible.length;
        }, TOGGLES);
        for (let index = 0; index < count; index++) {
          const toggle = page.locator(`[data-test-toggle="${index}"]`);
          const expression = `document.querySelector('[data-test-toggle="${index}"]')`;
          const selector = await toggle.evaluate((element) => window.rvbeTest.selectorOf(element));
          const problem = (rule: string, message: string) => ({ page: path, condition: `${width} px`, rule, message, selector });
          const before = await accessibleState(page, expression);
          const snippet = await toggle.evaluate((element) => window.rvbeTest.snippetOf(element));
          await toggle.focus();
          await page.keyboard.press('Enter');
          const opened = await accessibleState(page, expression);
          const shownOpen = await toggle.evaluate(controlledIsShown);
          await page.keyboard.press('Escape');
          const closed = await accessibleState(page, expression);
          const shownClosed = await toggle.evaluate(controlledIsShown);
          const found: Problem[] = [];
          if (before.expanded !== false)
            found.push(
              problem(
                'toggle-state',
                `should say it is collapsed (aria-expanded="false" or the native equivalent) but says ${before.expanded}`,
              ),
            );
          if (opened.expanded !== true || !shownOpen)
            found.push(problem('toggle-opens', `Enter should show what it controls; expanded: ${opened.expanded}, shown: ${shownOpen}`));
          if (closed.expanded !== false || shownClosed)
            found.push(
              problem('toggle-escape', `Escape should hide what it controls; expanded: ${closed.expanded}, shown: ${shownClosed}`),
            );
          if (!(await isFocused(toggle))) found.push(problem('toggle-focus', 'after Escape, focus should be back on the toggle'));
          problems.push(...found.map((entry) => ({ ...entry, snippet })));
          // Leave nothing open for the next toggle.
          if (closed.expanded) await page.keyboard.press('Escape');
        }
      }
      expectNoProblems(problems);
    },
  );
});
