/**
 * Swedish compound words: `nämnd` is part of `socialnämnden` and
 * `stadsdelsnämnderna`, `stöd` of `föräldrastödsprogram`. Pagefind only
 * matches the start of a word, so the search looks up, in the site's own
 * vocabulary, the compounds a word is a later part of.
 */

import { INFLECTIONS } from '../inflections.ts';

/** The shortest first part of a compound we accept, so `vald` does not match inside `kvald`. */
const MIN_HEAD = 3;

/** The shortest further part after the searched one, so a stray letter is not taken for a word. */
const MIN_TAIL = 3;

/**
 * The vocabulary words in which `part` is a later part of a compound: the part
 * follows a head of at least three letters that is a word of the vocabulary or
 * the start of another word (with or without the linking `s`), and is followed
 * by an ending or by a further part (after an optional linking `s`).
 * @example compoundsWith('nämnd', ['socialnämnden', 'sociala', 'nämnden']) // ['socialnämnden']
 */
export function compoundsWith(part: string, vocabulary: readonly string[]): string[] {
  const needle = part.toLocaleLowerCase('sv-SE');
  if (needle.length < 3) return [];
  const known = new Set(vocabulary);
  const starts = prefixCounts(vocabulary);
  // A head must stand on its own: the start of at least one word besides the compound itself.
  const isStart = (head: string) => known.has(head) || (starts.get(head) ?? 0) >= 2;
  const isHead = (head: string) => head.length >= MIN_HEAD && (isStart(head) || (head.endsWith('s') && isStart(head.slice(0, -1))));
  const isTail = (tail: string) => tail === '' || INFLECTIONS.includes(tail) || tail.replace(/^s/, '').length >= MIN_TAIL;

  return vocabulary.filter((word) => {
    if (word === needle || word.length <= needle.length) return false;
    for (let at = word.indexOf(needle, MIN_HEAD); at !== -1; at = word.indexOf(needle, at + 1)) {
      if (isHead(word.slice(0, at)) && isTail(word.slice(at + needle.length))) return true;
    }
    return false;
  });
}

/** How many words start with each start of three letters or more: `social` counts for `soc`, `soci`, … */
function prefixCounts(vocabulary: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of vocabulary) {
    for (let end = MIN_HEAD; end <= word.length; end++) {
      const start = word.slice(0, end);
      counts.set(start, (counts.get(start) ?? 0) + 1);
    }
  }
  return counts;
}
