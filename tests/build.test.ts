import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { readContent } from '../src/lib/content-check/source.ts';
import { paths } from '../src/lib/paths.ts';
import { htmlPages, pagePath, root } from './support/build.ts';

const siteDir = inject('siteDir');
const pages = htmlPages(siteDir);
const html = (file: string) => readFileSync(path.join(siteDir, file), 'utf8');

/** The page each collection entry must have. */
const expectedPage: Partial<Record<string, (id: string) => string>> = {
  riktlinjer: paths.section,
  aktorer: paths.actor,
  insatser: paths.intervention,
  sidor: (id) => `/${id}/`,
};

describe('the built site', () => {
  it('has a page for every guideline section, actor, intervention and site page', () => {
    const built = new Set(pages.map(pagePath));
    const missing = readContent(root)
      .filter((entry) => expectedPage[entry.collection])
      .map((entry) => expectedPage[entry.collection]!(entry.id))
      .filter((page) => !built.has(page));
    expect(missing).toEqual([]);
    expect(pages.length).toBeGreaterThan(60);
  });

  it('gives every glossary term and document an anchor on its page', () => {
    const glossary = parse(html('ordlista/index.html'));
    const documents = parse(html('dokument/index.html'));
    for (const entry of readContent(root)) {
      if (entry.collection === 'ordlista') expect(glossary.getElementById(entry.id), entry.id).not.toBeNull();
      if (entry.collection === 'dokument') expect(documents.getElementById(entry.id), entry.id).not.toBeNull();
    }
  });

  it.each(pages)('%s is Swedish, has one h1, a skip link first and the main landmark', (file) => {
    const document = parse(html(file));
    expect(document.querySelector('html')?.getAttribute('lang')).toBe('sv');
    expect(document.querySelectorAll('h1')).toHaveLength(1);
    const firstLink = document.querySelector('body a');
    expect(firstLink?.getAttribute('href')).toBe('#main-content');
    expect(document.querySelectorAll('main#main-content')).toHaveLength(1);
  });

  it.each(pages)('%s ships no JavaScript and no inline styles', (file) => {
    const document = parse(html(file));
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect(document.querySelectorAll('style')).toHaveLength(0);
  });

  it('publishes no personal data: no official’s name, phone number or personal e-mail address', () => {
    // The seed statement names officials with phone numbers and addresses; none of it may reach the site.
    const seedNames = /Cederlid|Lauridsen|Orberson|Palo\b/i;
    const phone = /\b0\d{1,3}[- ]?\d{2,3}[ ]?\d{2}[ ]?\d{2,3}\b|\+46\s?\d/;
    const personalEmail = /[\p{L}0-9._%+-]+\.[\p{L}0-9._%+-]+@[\p{L}0-9.-]+\.[a-z]{2,}/iu;
    const offending = pages.flatMap((file) => {
      const text = parse(html(file)).textContent;
      return [seedNames, phone, personalEmail].filter((pattern) => pattern.test(text)).map((pattern) => `${file}: ${pattern}`);
    });
    expect(offending).toEqual([]);
  });
});
