/**
 * The plain-language report editors read (`npm run lix`) and the build's
 * warnings, from the content and the limits in `src/content-rules.ts`.
 */
import { readability as rules } from '../content-rules.ts';
import type { SourceEntry } from './content-source/source.ts';
import { glossaryGaps, type GlossaryGap } from './glossary-gaps.ts';
import { lixLevel } from './lix.ts';
import { siteReadability, type PageReadability } from './readability.ts';

export interface ReadabilityReport {
  pages: PageReadability[];
  /** Mean LIX of each collection's pages. */
  means: { collection: string; lix: number; pages: number }[];
  gaps: GlossaryGap[];
}

/** The fields whose text names something that is already explained on the site. */
const KNOWN_FIELDS: Record<string, string[]> = {
  ordlista: ['term', 'abbreviations', 'synonyms'],
  aktorer: ['name', 'abbreviation'],
  insatser: ['title'],
};

/** Builds the whole report from the content. */
export function readabilityReport(entries: readonly SourceEntry[]): ReadabilityReport {
  const pages = siteReadability(entries, rules.longestSentences).sort((a, b) => b.lix - a.lix);
  const byCollection = new Map<string, number[]>();
  for (const page of pages) byCollection.set(page.collection, [...(byCollection.get(page.collection) ?? []), page.lix]);
  const means = [...byCollection].map(([collection, values]) => ({
    collection,
    lix: values.reduce((sum, value) => sum + value, 0) / values.length,
    pages: values.length,
  }));
  const known = entries.flatMap((entry) =>
    (KNOWN_FIELDS[entry.collection] ?? []).flatMap((field) =>
      [(entry.data as Record<string, unknown> | undefined)?.[field] ?? []].flat().map(String),
    ),
  );
  const gaps = glossaryGaps(
    pages.map((page) => ({ page: page.page, text: page.blocks.map((block) => block.text).join('\n') })),
    known,
    {
      minLength: rules.glossaryWordLength,
      minCount: rules.glossaryMinOccurrences,
      minPages: rules.glossaryMinPages,
      ignore: rules.glossaryIgnore,
    },
  );
  return { pages, means: means.sort((a, b) => b.lix - a.lix), gaps };
}

const fixed = (value: number) => value.toFixed(1).replace('.', ',');

/** One warning line per page above the limit, for the build log; empty when every page is below it. */
export function readabilityWarnings(report: ReadabilityReport, limit: number = rules.lixWarning): string[] {
  return report.pages
    .filter((page) => page.lix > limit)
    .map(
      (page) =>
        `${page.file}: LIX ${fixed(page.lix)} (${lixLevel(page.lix)}, gränsen är ${limit}). Kör npm run lix för de längsta meningarna.`,
    );
}

/**
 * The report as text.
 * @param only a file or page path; when given, only pages whose file or path contains it, and all their listed sentences.
 */
export function formatReadability(report: ReadabilityReport, only?: string, limit: number = rules.lixWarning): string {
  const pages = only ? report.pages.filter((page) => page.file.includes(only) || page.page.includes(only)) : report.pages;
  const lines = [`LIX per sida (över ${limit} ger en varning i bygget; gränsen står i src/content-rules.ts)`, ''];
  lines.push('   LIX  nivå          ord  meningar  sida');
  for (const page of pages) {
    const flag = page.lix > limit ? '!' : ' ';
    lines.push(
      `${flag}${fixed(page.lix).padStart(5)}  ${lixLevel(page.lix).padEnd(11)} ${String(page.words).padStart(5)}  ${String(page.sentences).padStart(8)}  ${page.page} (${page.file})`,
    );
  }
  if (!only) {
    lines.push('', 'Medelvärde per samling');
    for (const mean of report.means) lines.push(`  ${mean.collection.padEnd(11)} ${fixed(mean.lix).padStart(5)}  (${mean.pages} sidor)`);
  }
  lines.push('', 'Längsta meningarna (dela dem gärna i två)');
  const longest = pages
    .flatMap((page) => page.longest)
    .sort((a, b) => b.words - a.words)
    .slice(0, only ? undefined : 10);
  for (const sentence of longest) lines.push(`  ${sentence.file}:${sentence.line} (${sentence.words} ord): ${sentence.text}`);
  if (!only) {
    lines.push('', `Långa ord som används ofta men inte förklaras i ordlistan (content/ordlista/)`);
    if (report.gaps.length === 0) lines.push('  Inga.');
    for (const gap of report.gaps)
      lines.push(`  ${gap.word}: ${gap.count} gånger på ${gap.pages.length} ${gap.pages.length === 1 ? 'sida' : 'sidor'}`);
  }
  return `${lines.join('\n')}\n`;
}
