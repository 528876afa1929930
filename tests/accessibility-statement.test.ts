import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { paths } from '../src/lib/paths.ts';
import { AXE_TAGS } from './support/axe.ts';
import { WIDTHS } from './support/views.ts';

const siteDir = inject('siteDir');
const statement = parse(readFileSync(path.join(siteDir, paths.accessibility.slice(1), 'index.html'), 'utf8'));
const main = statement.querySelector('main')!;
const text = main.textContent.replace(/\s+/g, ' ');
const headings = main.querySelectorAll('h2').map((heading) => heading.textContent.trim());

describe('the accessibility statement (tillgänglighetsredogörelse)', () => {
  it('keeps the parts Digg requires: compliance, what is not accessible, how it was tested, contact, supervision and dates', () => {
    expect(text).toMatch(/(helt|delvis|inte) förenlig/);
    expect(text).toContain('lagen (2018:1937)');
    for (const part of [
      'Hur tillgänglig är webbplatsen?',
      'Innehåll som inte är tillgängligt',
      'Hur vi testat webbplatsen',
      'Kontakta oss om du hittar brister',
      'Kontakta tillsynsmyndigheten',
    ]) {
      expect(headings).toContain(part);
    }
    expect(main.querySelector('a[href="https://www.digg.se/tdosanmalan"]')).not.toBeNull();
    expect(text).toMatch(/Bedömningen gjordes den \d{1,2} \p{L}+ \d{4}/u);
    expect(text).toMatch(/Redogörelsen uppdaterades senast den \d{1,2} \p{L}+ \d{4}/u);
  });

  it('describes the automated tests as they are: the tools, the WCAG versions and the widths', () => {
    expect(text).toContain('axe-core');
    expect(text).toContain('html-validate');
    const versions = AXE_TAGS.flatMap((tag) => /^wcag2(\d?)a+$/.exec(tag)?.[1] ?? []).map((minor) => `2.${minor || 0}`);
    expect(text).toContain(`WCAG ${[...new Set(versions)].join(', ').replace(/, (?=[^,]*$)/, ' och ')}`);
    for (const width of WIDTHS) expect(text).toContain(`${width.toLocaleString('sv-SE').replace(/\s/g, ' ')} pixlar`);
    for (const phrase of ['ljust och mörkt läge', 'Javascript', 'högkontrastläge', 'Esc', 'tabbtangenten', 'andra webbplatser'])
      expect(text).toContain(phrase);
  });
});
