import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { addInPageHelpers } from './in-page.ts';

/** Debian's Chromium; no browser is downloaded. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Starts headless Chromium with the flags this network-less machine needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * Starts one Chromium for a test file, with the in-page helpers in its context,
 * hands the context to `ready` (to open pages), and closes it after the file.
 */
export function useChromium(ready: (context: BrowserContext) => Promise<void>): void {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    const context = await browser.newContext();
    await addInPageHelpers(context);
    await ready(context);
  });
  afterAll(() => browser?.close());
}
