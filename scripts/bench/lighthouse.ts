import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM } from '../../tests/support/browser.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Lighthouse's verdict on one page, on its default mobile profile (simulated slow 4G and a 4× slower CPU). */
export interface LighthouseResult {
  page: string;
  /** 0–100 per category. */
  scores: Record<(typeof CATEGORIES)[number], number>;
  /** First and largest contentful paint, speed index and total blocking time in ms; layout shift unitless. */
  metrics: { fcp: number; lcp: number; speedIndex: number; tbt: number; cls: number };
  /** Weighted audits that did not get full marks, e.g. "performance: largest-contentful-paint 0.98". */
  shortfalls: string[];
}

/**
 * Runs Lighthouse (its Node API) on each page in Debian's Chromium, started
 * by chrome-launcher, one page after the other in the same browser.
 */
export async function runLighthouse(pages: { page: string; url: string }[]): Promise<LighthouseResult[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const results: LighthouseResult[] = [];
    for (const { page, url } of pages) {
      const runner = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      if (!runner) throw new Error(`Lighthouse gav inget resultat för ${url}`);
      const { categories, audits } = runner.lhr;
      const numeric = (id: string) => Math.round(audits[id]?.numericValue ?? Number.NaN);
      results.push({
        page,
        scores: Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)])) as LighthouseResult['scores'],
        metrics: {
          fcp: numeric('first-contentful-paint'),
          lcp: numeric('largest-contentful-paint'),
          speedIndex: numeric('speed-index'),
          tbt: numeric('total-blocking-time'),
          cls: Number((audits['cumulative-layout-shift']?.numericValue ?? Number.NaN).toFixed(3)),
        },
        shortfalls: CATEGORIES.flatMap((id) =>
          (categories[id]?.auditRefs ?? [])
            .filter((ref) => ref.weight > 0 && audits[ref.id]?.score !== null && (audits[ref.id]?.score ?? 1) < 1)
            .map((ref) => `${id}: ${ref.id} ${audits[ref.id]?.score}`),
        ),
      });
    }
    return results;
  } finally {
    chrome.kill();
  }
}
