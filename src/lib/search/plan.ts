import { compoundsWith } from './compounds.ts';
import { familyOf } from './families.ts';
import { STOP_WORDS } from './stop-words.ts';
import { INFLECTIONS } from '../inflections.ts';
import { fold, typedWords } from './text.ts';
import { correctionsFor } from './typos.ts';
import type { Vocabulary } from './vocabulary.ts';

/** Why a further query was added to the user's own. */
export type VariantReason = 'synonym' | 'diacritics' | 'family' | 'compound' | 'typo' | 'repair' | 'partial';

/** What to ask Pagefind, in order, for one query typed by a reader. */
export interface SearchPlan {
  /** The queries to run, best first; results of an earlier query rank above a later one's. */
  queries: { query: string; reason: 'query' | VariantReason }[];
  /** Exact phrases (typed in quotes) every result must contain. */
  phrases: string[];
  /** A corrected query to offer as "Menade du …?". */
  suggestion?: string;
  /** The words of the query that the site never uses, as typed: the page says so above the results. */
  unknown: string[];
  /** The query with every unknown word repaired, when each could be: its results are what the page shows first. */
  repaired?: string;
}

/** How many compounds of one word are searched at the most, most common first. */
const MAX_COMPOUNDS = 8;

const PHRASE = /"([^"]+)"/g;

/**
 * Plans the searches for a query, using the site's vocabulary to handle what
 * Pagefind alone does not: abbreviations and synonyms from the glossary,
 * words typed without å, ä and ö, later parts of compounds, one-letter typos,
 * and phrases in quotes.
 * @example planSearch('SIG', vocabulary).queries[0] // { query: 'sociala insatsgrupper', reason: 'synonym' }
 */
export function planSearch(input: string, vocabulary: Vocabulary): SearchPlan {
  const phrases = [...input.matchAll(PHRASE)].map((match) => match[1]!.trim()).filter(Boolean);
  const typed = input.replace(PHRASE, ' $1 ');
  const allTyped = typedWords(typed);
  // Question words and other small words would make Pagefind miss every page; content words decide.
  const contentTyped = allTyped.filter((word) => !STOP_WORDS.has(word.toLocaleLowerCase('sv-SE')));
  const asTyped = contentTyped.length > 0 ? contentTyped : allTyped;
  const tokens = asTyped.map((word) => word.toLocaleLowerCase('sv-SE'));
  const original = tokens.join(' ');
  if (tokens.length === 0) return { queries: [], phrases, unknown: [] };

  const known = vocabulary.words;
  const vocabularyWords = Object.keys(known);
  const byFrequency = (list: string[]) => [...new Set(list)].sort((a, b) => (known[b] ?? 0) - (known[a] ?? 0));
  const replace = (index: number, word: string) => tokens.map((token, i) => (i === index ? word : token)).join(' ');
  const isKnownStart = (word: string) => word in known || vocabularyWords.some((v) => v.startsWith(word));
  // Pagefind stems what it searches, so an inflection of a word on the site (handlingsplanen) finds that word's pages.
  const isInflectionOfKnown = (word: string) =>
    INFLECTIONS.some((ending) => word.endsWith(ending) && word.length - ending.length >= 4 && word.slice(0, -ending.length) in known);

  const first: SearchPlan['queries'] = [];
  const later: SearchPlan['queries'] = [];
  const partial: SearchPlan['queries'] = [];
  const unknown: string[] = [];
  /** The best repair of each unknown word, by position. */
  const repairs = new Map<number, string>();
  let suggestion: string | undefined;

  tokens.forEach((token, index) => {
    const typedWord = asTyped[index]!;
    const isUnknown = !isKnownStart(token) && !isInflectionOfKnown(token);
    const repairsOfToken: { word: string; reason: VariantReason }[] = [];

    // An abbreviation in capitals (SIG, KS) means the glossary term, not the lower-case word (sig).
    const alias = vocabulary.aliases[token];
    if (alias) {
      const isAbbreviation = typedWord.length > 1 && typedWord === typedWord.toLocaleUpperCase('sv-SE');
      (isAbbreviation || !(token in known) ? first : later).push({ query: replace(index, alias), reason: 'synonym' });
      if (isUnknown) repairsOfToken.push({ word: alias, reason: 'synonym' });
    }

    // Words typed without å, ä, ö: restore them from the vocabulary (also as the start of longer words).
    const folded = fold(token);
    const restored = byFrequency(
      vocabularyWords
        .filter((word) => word !== token && fold(word).startsWith(folded) && word.length >= token.length)
        .map((word) => word.slice(0, token.length))
        .filter((start) => start !== token),
    );
    // A word the site never uses matches nothing by itself, so its repaired forms come first.
    for (const start of restored.slice(0, 3)) {
      (isUnknown ? first : later).push({ query: replace(index, start), reason: 'diacritics' });
      if (isUnknown) repairsOfToken.push({ word: start, reason: 'diacritics' });
    }

    // Other words of the same family (rasism → rasistiska), for a word the site never uses.
    if (isUnknown && !alias && restored.length === 0) {
      for (const relative of shortestStarts(familyOf(token, known)).slice(0, 3)) {
        first.push({ query: replace(index, relative), reason: 'family' });
        repairsOfToken.push({ word: relative, reason: 'family' });
      }
    }

    // Later parts of compounds, for the word as typed and as restored.
    for (const part of [token, ...restored.slice(0, 1)]) {
      const compounds = shortestStarts(byFrequency(compoundsWith(part, vocabularyWords))).slice(0, MAX_COMPOUNDS);
      for (const compound of compounds) later.push({ query: replace(index, compound), reason: 'compound' });
    }

    // One-letter typos, only when nothing else explains the word.
    if (isUnknown && repairsOfToken.length === 0) {
      const correction = correctionsFor(token, known)[0];
      if (correction) {
        suggestion = replace(index, correction);
        first.push({ query: suggestion, reason: 'typo' });
        repairsOfToken.push({ word: correction, reason: 'typo' });
      }
    }

    if (isUnknown && !alias) unknown.push(typedWord);
    if (isUnknown && repairsOfToken[0]) repairs.set(index, repairsOfToken[0].word);
    // Each word alone, last: pages with some of the words when none has them all.
    if (tokens.length > 1) partial.push({ query: repairs.get(index) ?? token, reason: 'partial' });
  });

  // Every unknown word repaired at once, before the repairs of one word each.
  const repaired =
    unknown.length > 0 && repairs.size === unknown.length ? tokens.map((token, i) => repairs.get(i) ?? token).join(' ') : undefined;
  const repairedQuery = repaired && repairs.size > 1 ? [{ query: repaired, reason: 'repair' as const }] : [];
  const queries = dedupe([...repairedQuery, ...first, { query: original, reason: 'query' as const }, ...later, ...partial]);
  return { queries, phrases, unknown, ...(suggestion ? { suggestion } : {}), ...(repaired ? { repaired } : {}) };
}

/**
 * Pagefind matches the start of words, so of `stadsdelsnämnd` and
 * `stadsdelsnämnderna` only the first needs a search of its own.
 */
function shortestStarts(candidates: readonly string[]): string[] {
  const byLength = [...candidates].sort((a, b) => a.length - b.length);
  const kept = byLength.filter((word, index) => !byLength.slice(0, index).some((shorter) => word.startsWith(shorter)));
  return candidates.filter((word) => kept.includes(word));
}

function dedupe(queries: SearchPlan['queries']): SearchPlan['queries'] {
  const seen = new Set<string>();
  return queries.filter(({ query }) => !seen.has(query) && seen.add(query));
}

/** True when `text` contains `phrase`, ignoring case and runs of white space. */
export function containsPhrase(text: string, phrase: string): boolean {
  const normalise = (value: string) => value.toLocaleLowerCase('sv-SE').replace(/\s+/g, ' ');
  return normalise(text).includes(normalise(phrase));
}
