import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './support/browser.ts';

const siteUrl = inject('siteUrl');
let page: Page;
useChromium(async (context) => {
  page = await context.newPage();
});

describe('a reader asking "what is my responsibility?"', () => {
  it('goes from the start page to an actor page and on to a guideline section', async () => {
    await page.goto(siteUrl);
    const main = page.getByRole('main');
    await main.getByRole('link', { name: 'Vad är mitt ansvar?' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Vad är mitt ansvar?');

    await page.getByRole('main').getByRole('link', { name: 'Socialnämnden', exact: true }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Socialnämnden');
    const duties = page.getByRole('main').getByRole('heading', { level: 2, name: 'Uppgifter' });
    expect(await duties.isVisible()).toBe(true);

    const sectionsList = page
      .getByRole('region', { name: /Avsnitt som berör Socialnämnden/ })
      .or(page.locator('section', { has: page.getByRole('heading', { name: 'Avsnitt som berör Socialnämnden' }) }));
    const firstSection = sectionsList.getByRole('link').first();
    const sectionTitle = await firstSection.textContent();
    await firstSection.click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(sectionTitle);
    expect(await page.getByRole('navigation', { name: 'Du är här' }).getByRole('link', { name: 'Riktlinjerna' }).isVisible()).toBe(true);
  });

  it('moves focus to the main content with the skip link', async () => {
    await page.goto(siteUrl);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Till huvudinnehållet' });
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main-content');
  });
});
