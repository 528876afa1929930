/**
 * LIX (läsbarhetsindex, Björnsson 1968): the mean number of words per
 * sentence plus the percentage of long words (more than six letters).
 * Pure functions over plain text.
 */

/** What LIX is computed from. */
export interface LixCounts {
  words: number;
  sentences: number;
  /** Words of more than six letters. */
  longWords: number;
}

/** Abbreviations whose full stop does not end a sentence, in lower case. */
const ABBREVIATIONS = new Set([
  't.ex',
  'bl.a',
  'm.m',
  's.k',
  'dvs',
  'd.v.s',
  'osv',
  'o.s.v',
  'etc',
  'ca',
  'nr',
  'kl',
  'jfr',
  'resp',
  'p.g.a',
  't.o.m',
  'fr.o.m',
  'f.d',
  'm.fl',
  'o.d',
  'st',
  'kap',
  'prop',
  'dnr',
]);
const WORD = /[\p{L}\p{N}]+(?:[-'’.:][\p{L}\p{N}]+)*/gu;
const LETTER = /\p{L}/gu;
/** A sentence ends at . ! ? or : followed by a space or the end of the text; "SFS 2023:196" does not end one. */
const SENTENCE_END = /[.!?:]+(?=\s|$)/g;

/**
 * The words of a text: runs of letters and digits, joined by - ' . or : inside
 * them ("t.ex." and "Stockholms-området" are one word each), that contain at
 * least one letter ("2024" and "2023:196" are not words).
 */
export function wordsOf(text: string): string[] {
  return (text.match(WORD) ?? []).filter((word) => /\p{L}/u.test(word));
}

/** True for a word of more than six letters. */
export function isLongWord(word: string): boolean {
  return (word.match(LETTER)?.length ?? 0) > 6;
}

/**
 * Splits one block of text (a paragraph, heading, list item or table cell)
 * into sentences. The end of the block ends its last sentence.
 * @example sentencesOf('Det finns t.ex. planer. Följ dem!') // ['Det finns t.ex. planer.', 'Följ dem!']
 */
export function sentencesOf(block: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of block.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    const before = block.slice(start, match.index);
    const lastToken = /(\S+)$/.exec(before)?.[1]?.toLowerCase() ?? '';
    if (match[0] === '.' && ABBREVIATIONS.has(lastToken)) continue;
    sentences.push(block.slice(start, end).trim());
    start = end;
  }
  sentences.push(block.slice(start).trim());
  return sentences.filter((sentence) => wordsOf(sentence).length > 0);
}

/** Counts words, sentences and long words in blocks of text. */
export function countBlocks(blocks: readonly string[]): LixCounts {
  const counts: LixCounts = { words: 0, sentences: 0, longWords: 0 };
  for (const sentence of blocks.flatMap(sentencesOf)) {
    const words = wordsOf(sentence);
    counts.sentences += 1;
    counts.words += words.length;
    counts.longWords += words.filter(isLongWord).length;
  }
  return counts;
}

/**
 * LIX from counts: words per sentence + 100 × long words / words. 0 for no text.
 * @example lixOf({ words: 7, sentences: 2, longWords: 1 }) // 3.5 + 14.29 = 17.79
 */
export function lixOf({ words, sentences, longWords }: LixCounts): number {
  if (words === 0 || sentences === 0) return 0;
  return words / sentences + (100 * longWords) / words;
}

/** LIX of one or more blocks of text. */
export function lixScore(text: string | readonly string[]): number {
  return lixOf(countBlocks(typeof text === 'string' ? [text] : text));
}

/**
 * The usual Swedish reading of a LIX value.
 * @example lixLevel(45) // 'medelsvår'
 */
export function lixLevel(lix: number): string {
  if (lix < 30) return 'mycket lätt';
  if (lix < 40) return 'lätt';
  if (lix < 50) return 'medelsvår';
  if (lix < 60) return 'svår';
  return 'mycket svår';
}
