import { describe, expect, it } from 'vitest';
import { parseSource } from './content-source/source.ts';
import { readabilityReport, readabilityWarnings } from './readability-report.ts';
import { siteReadability } from './readability.ts';

const section = parseSource(
  'riktlinjer',
  'uppfoljning',
  'content/riktlinjer/uppfoljning.mdx',
  [
    '---',
    'title: Uppföljning',
    'summary: Arbetet följs upp varje år.',
    '---',
    '',
    'Varje år tas en <Begrepp term="lagesbild" /> fram.',
    '',
    '<Ansvar aktor="socialnamnden" />',
    '',
    '```',
    'Kod räknas inte som text.',
    '```',
    '',
    'Stadsledningskontoret sammanställer nulägesrapporten vartannat år.',
  ].join('\n'),
);
const term = parseSource('ordlista', 'lagesbild', 'content/ordlista/lagesbild.yaml', 'term: lägesbild\ndefinition: En bild av läget.\n');

describe('readability of pages', () => {
  it('reads title, summary and prose, shows a term by its name, and leaves out generated lists and code', () => {
    const [page] = siteReadability([section, term]);
    expect(page!.page).toBe('/riktlinjer/uppfoljning/');
    expect(page!.blocks).toEqual([
      { text: 'Uppföljning', line: 2 },
      { text: 'Arbetet följs upp varje år.', line: 3 },
      { text: 'Varje år tas en lägesbild fram.', line: 6 },
      { text: 'Stadsledningskontoret sammanställer nulägesrapporten vartannat år.', line: 14 },
    ]);
    // 1 + 5 + 6 + 5 = 17 words in 4 sentences; long: Uppföljning, Arbetet, lägesbild and four of the last five = 7
    expect(page).toMatchObject({ words: 17, sentences: 4, longWords: 7 });
    expect(page!.lix).toBeCloseTo(17 / 4 + (100 * 7) / 17, 5);
    expect(page!.longest[0]).toEqual({
      text: 'Varje år tas en lägesbild fram.',
      words: 6,
      file: 'content/riktlinjer/uppfoljning.mdx',
      line: 6,
    });
  });

  it('gives the glossary page the text of every term and definition', () => {
    const glossary = siteReadability([section, term]).find((page) => page.page === '/ordlista/');
    expect(glossary?.blocks.map((block) => block.text)).toEqual(['lägesbild', 'En bild av läget.']);
  });

  it('warns, without failing, for each page above the limit', () => {
    const report = readabilityReport([section, term]);
    expect(readabilityWarnings(report, 30)).toMatchInlineSnapshot(`
      [
        "content/riktlinjer/uppfoljning.mdx: LIX 45,4 (medelsvår, gränsen är 30). Kör npm run lix för de längsta meningarna.",
      ]
    `);
    expect(readabilityWarnings(report, 50)).toEqual([]);
  });
});
