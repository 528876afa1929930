import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { tabThrough } from './support/focus.ts';
import { expectNoProblems, type Problem } from './support/problems.ts';
import { pageTypes, sitePages } from './support/site-pages.ts';
import { at } from './support/site-url.ts';
import { useChromium } from './support/browser.ts';

const siteUrl = inject('siteUrl');
const siteDir = inject('siteDir');

let page: Page;
useChromium(async (context) => {
  page = await context.newPage();
});

/**
 * Each link marked `aria-current` must look different from the other links of
 * its list by more than colour, which forced colours replace: by weight,
 * underline, border or outline.
 */
function currentMarkerProblems(): { message: string; selector: string; snippet: string }[] {
  const { selectorOf, snippetOf } = window.rvbeTest;
  const look = (element: Element) => {
    const style = getComputedStyle(element);
    const line = (lineStyle: string, width: string) => (lineStyle === 'none' || parseFloat(width) === 0 ? 'none' : `${lineStyle} ${width}`);
    return [
      style.fontWeight,
      style.textDecorationLine,
      line(style.borderBottomStyle, style.borderBottomWidth),
      line(style.borderLeftStyle, style.borderLeftWidth),
      line(style.outlineStyle, style.outlineWidth),
    ].join(' | ');
  };
  return [...document.querySelectorAll('a[aria-current]')]
    .filter((current) => current.checkVisibility())
    .flatMap((current) => {
      const others = [...(current.closest('ul, ol')?.querySelectorAll('a:not([aria-current])') ?? [])].filter((other) =>
        other.checkVisibility(),
      );
      const alike = others.filter((other) => look(other) === look(current));
      return alike.length > 0
        ? [
            {
              message: `looks like ${selectorOf(alike[0]!)} apart from colour (${look(current)})`,
              selector: selectorOf(current),
              snippet: snippetOf(current),
            },
          ]
        : [];
    });
}

describe('forced colours (Windows high contrast)', () => {
  it.each(pageTypes(siteDir))(
    '$path keeps a visible focus indicator on every Tab stop and a visible current-page marker',
    async ({ path }) => {
      await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce', colorScheme: 'light' });
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(at(path));
      expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
      const markers: Problem[] = (await page.evaluate(currentMarkerProblems)).map((problem) => ({
        page: path,
        rule: 'current-marker',
        condition: 'forced colours',
        ...problem,
      }));
      const { stops, problems } = await tabThrough(page, path, 'forced colours');
      expect(stops).toBeGreaterThan(1);
      expectNoProblems([...markers, ...problems]);
    },
  );
});

describe('reduced motion', () => {
  it.each(sitePages(siteDir))('$path neither scrolls smoothly nor animates when the reader asks for reduced motion', async ({ path }) => {
    await page.emulateMedia({ forcedColors: 'none', reducedMotion: 'reduce' });
    await page.goto(at(path));
    const moving = await page.evaluate(() => {
      const { selectorOf } = window.rvbeTest;
      const seconds = (value: string) =>
        Math.max(...value.split(',').map((part) => parseFloat(part) * (part.trim().endsWith('ms') ? 0.001 : 1)));
      const found: { message: string; selector: string }[] = [];
      for (const element of [document.documentElement, ...document.body.querySelectorAll('*')]) {
        for (const pseudo of [null, '::before', '::after']) {
          const style = getComputedStyle(element, pseudo);
          const where = `${selectorOf(element)}${pseudo ?? ''}`;
          if (style.scrollBehavior === 'smooth') found.push({ message: 'scroll-behavior: smooth', selector: where });
          if (style.transitionProperty !== 'none' && seconds(style.transitionDuration) > 0)
            found.push({ message: `transition ${style.transitionProperty} ${style.transitionDuration}`, selector: where });
          if (style.animationName !== 'none' && seconds(style.animationDuration) > 0)
            found.push({ message: `animation ${style.animationName} ${style.animationDuration}`, selector: where });
        }
      }
      return found;
    });
    expectNoProblems(moving.map((problem) => ({ page: path, rule: 'motion', ...problem })));
  });

  it('the site does scroll smoothly for readers who have not asked for reduced motion, so the check above has something to catch', async () => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto(siteUrl);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
  });
});
