import type { Page } from 'playwright-core';
import type { Problem } from './problems.ts';

/** What `tabThrough` found: how many Tab stops the page has, and what is wrong with their focus. */
export interface TabResult {
  stops: number;
  problems: Problem[];
}

/** Records how every focusable element looks unfocused, to compare with how it looks with focus. */
function rememberUnfocusedStyles(): void {
  const signature = (element: Element) => {
    const style = getComputedStyle(element);
    // A line counts only when it is drawn: a colour change of a border with no width is no indicator.
    const line = (lineStyle: string, width: string, color: string) =>
      lineStyle === 'none' || parseFloat(width) === 0 ? 'none' : `${lineStyle} ${width} ${color}`;
    return {
      outline: line(style.outlineStyle, style.outlineWidth, style.outlineColor),
      boxShadow: style.boxShadow,
      background: style.backgroundColor,
      border: [
        line(style.borderTopStyle, style.borderTopWidth, style.borderTopColor),
        line(style.borderBottomStyle, style.borderBottomWidth, style.borderBottomColor),
      ].join(', '),
    };
  };
  const candidates = document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]');
  const remembered = new Map<Element, ReturnType<typeof signature>>([...candidates].map((element) => [element, signature(element)]));
  Object.assign(window, { rvbeUnfocused: { remembered, signature } });
}

/**
 * Checks the element that has focus now: it must show an indicator that the
 * unfocused element lacks (an outline, box shadow, background or border),
 * drawn in a colour with at least 3:1 contrast against what is behind it
 * (WCAG 2.4.7, 1.4.11), and it must not be hidden behind other content (WCAG 2.4.11).
 */
function checkFocusedElement() {
  const element = document.activeElement;
  if (!element || element === document.body) return undefined;
  type Signature = { outline: string; boxShadow: string; background: string; border: string };
  const { remembered, signature } = (
    window as unknown as { rvbeUnfocused: { remembered: Map<Element, Signature>; signature: (element: Element) => Signature } }
  ).rvbeUnfocused;
  const { selectorOf, snippetOf } = window.rvbeTest;
  const before = remembered.get(element);
  const now = signature(element);
  const style = getComputedStyle(element);

  // Any colour syntax Chromium reports (rgb(), color(srgb …), oklch(), lab() …) becomes sRGB bytes by painting one pixel.
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const paint = canvas.getContext('2d', { willReadFrequently: true })!;
  const channels = (color: string): [number, number, number, number] => {
    paint.clearRect(0, 0, 1, 1);
    paint.fillStyle = 'rgba(0, 0, 0, 0)';
    paint.fillStyle = color;
    paint.fillRect(0, 0, 1, 1);
    const [r = 0, g = 0, b = 0, a = 0] = paint.getImageData(0, 0, 1, 1).data;
    return [r, g, b, a / 255];
  };
  const luminance = (color: string) => {
    const [r, g, b] = channels(color)
      .slice(0, 3)
      .map((value) => value / 255)
      .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const opaque = (color: string) => channels(color)[3] > 0.3;
  const contrast = (a: string, b: string) => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (light + 0.05) / (dark + 0.05);
  };
  // The colour behind the element: the nearest ancestor's own background.
  let backdrop = 'rgb(255, 255, 255)';
  for (let node = element.parentElement; node; node = node.parentElement) {
    const background = getComputedStyle(node).backgroundColor;
    if (opaque(background)) {
      backdrop = background;
      break;
    }
  }
  const stands = (color: string) => opaque(color) && contrast(color, backdrop) >= 3;
  const colorPattern = /(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\([^)]*\)|#[0-9a-f]{3,8}\b/gi;
  const shadowColors = now.boxShadow === 'none' ? [] : (now.boxShadow.match(colorPattern) ?? []);
  const borderColors = now.border.match(colorPattern) ?? [];
  const indicators = [
    before?.outline !== now.outline && now.outline !== 'none' && stands(style.outlineColor),
    before?.boxShadow !== now.boxShadow && shadowColors.some(stands),
    before?.background !== now.background &&
      opaque(now.background) &&
      contrast(now.background, before && opaque(before.background) ? before.background : backdrop) >= 3,
    before?.border !== now.border && borderColors.some(stands),
  ];
  const problems: { rule: string; message: string }[] = [];
  if (!indicators.some(Boolean)) {
    problems.push({
      rule: 'focus-not-visible',
      message: `no focus indicator with 3:1 contrast against ${backdrop} (outline ${now.outline}; box-shadow ${now.boxShadow}; background ${now.background})`,
    });
  }
  const box = element.getBoundingClientRect();
  const points = [
    [box.left + box.width / 2, box.top + box.height / 2],
    [box.left + 2, box.top + 2],
    [box.right - 2, box.top + 2],
    [box.left + 2, box.bottom - 2],
    [box.right - 2, box.bottom - 2],
  ] as const;
  const hits = points.map(([x, y]) => document.elementFromPoint(x, y));
  if (!hits.some((hit) => hit && (hit === element || element.contains(hit)))) {
    const cover = hits.find((hit) => hit);
    problems.push({
      rule: 'focus-obscured',
      message: `the focused element is hidden${cover ? ` behind ${selectorOf(cover)}` : ' outside the window'}`,
    });
  }
  return {
    key: selectorOf(element),
    problems: problems.map((problem) => ({ ...problem, selector: selectorOf(element), snippet: snippetOf(element) })),
  };
}

/**
 * Tabs through the whole of a freshly loaded page, as a keyboard user would,
 * and checks each element that receives focus. Needs the in-page helpers, and
 * reduced motion, so that the page scrolls to each focused element at once
 * rather than smoothly (where it ends up in the same place, a few frames later).
 */
export async function tabThrough(page: Page, pagePath: string, condition: string): Promise<TabResult> {
  await page.evaluate(rememberUnfocusedStyles);
  const limit = await page.evaluate(
    () => document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]').length + 5,
  );
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (let press = 0; press < limit; press++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(checkFocusedElement);
    if (!focused || seen.has(focused.key)) break;
    seen.add(focused.key);
    problems.push(...focused.problems.map((problem) => ({ page: pagePath, condition, ...problem })));
  }
  return { stops: seen.size, problems };
}
