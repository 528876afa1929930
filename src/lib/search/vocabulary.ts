import { words } from './text.ts';
import { compareSwedish } from '../format.ts';

/** What the search knows about the site's language, built with the index. */
export interface Vocabulary {
  /** Every word of the indexed pages, lower-cased, with the number of pages it occurs on. */
  words: Record<string, number>;
  /** Abbreviations and synonyms from the glossary, lower-cased, each mapped to the term it stands for. */
  aliases: Record<string, string>;
}

/** A glossary entry, as far as search needs it. */
export interface GlossaryTerm {
  term: string;
  abbreviations: readonly string[];
  synonyms: readonly string[];
}

/**
 * Builds the vocabulary from the text of every indexed page and the glossary.
 * A synonym that is itself the term of another entry is left out, so that
 * glossary cross-references cannot send a search in circles.
 */
export function buildVocabulary(pageTexts: readonly string[], glossary: readonly GlossaryTerm[]): Vocabulary {
  const counts: Record<string, number> = {};
  for (const text of pageTexts) {
    for (const word of new Set(words(text))) counts[word] = (counts[word] ?? 0) + 1;
  }
  const terms = new Set(glossary.map((entry) => entry.term.toLocaleLowerCase('sv-SE')));
  const aliases: Record<string, string> = {};
  for (const entry of glossary) {
    const term = entry.term.toLocaleLowerCase('sv-SE');
    for (const alias of [...entry.abbreviations, ...entry.synonyms]) {
      const key = alias.toLocaleLowerCase('sv-SE');
      if (key !== term && !terms.has(key)) aliases[key] = term;
    }
  }
  return { words: sortKeys(counts), aliases: sortKeys(aliases) };
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => compareSwedish(a, b)));
}
