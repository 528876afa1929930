import { distance } from 'fastest-levenshtein';
import { compareSwedish } from '../format.ts';
import { fold } from './text.ts';
/**
 * True when `a` becomes `b` by one edit: one letter added, removed, changed,
 * or two neighbouring letters swapped (`extremsim` → `extremism`).
 */
export function isOneEditAway(a: string, b: string): boolean {
  if (a === b) return false;
  const lengthGap = a.length - b.length;
  if (Math.abs(lengthGap) > 1) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length - 1;
  let endB = b.length - 1;
  while (endA >= start && endB >= start && a[endA] === b[endB]) {
    endA--;
    endB--;
  }
  const restA = a.slice(start, endA + 1);
  const restB = b.slice(start, endB + 1);
  if (restA.length <= 1 && restB.length <= 1) return true;
  return restA.length === 2 && restB.length === 2 && restA[0] === restB[1] && restA[1] === restB[0];
}

/** The shortest word we correct: shorter words have too many neighbours to guess from. */
export const MIN_TYPO_LENGTH = 5;

/**
 * The vocabulary words one edit away from `word`, most common first.
 * @example correctionsFor('extremsim', { extremism: 40, extremist: 3 }) // ['extremism']
 */
export function correctionsFor(word: string, vocabulary: Readonly<Record<string, number>>): string[] {
  if (word.length < MIN_TYPO_LENGTH || word in vocabulary) return [];
  return Object.keys(vocabulary)
    .filter((candidate) => isOneEditAway(word, candidate))
    .sort((a, b) => vocabulary[b]! - vocabulary[a]! || compareSwedish(a, b));
}

/**
 * The site's words nearest to a word that found nothing, for a reader to try
 * instead: at most two edits away (ignoring å, ä and ö), nearest first, then most common.
 * @example nearestWords('orosanmalan', { orolig: 3, anmälan: 1 }) // []
 */
export function nearestWords(word: string, vocabulary: Readonly<Record<string, number>>, count = 5): string[] {
  const folded = fold(word);
  const limit = Math.min(2, Math.floor(folded.length / 3));
  return Object.keys(vocabulary)
    .map((candidate) => ({ candidate, edits: distance(folded, fold(candidate)) }))
    .filter(({ candidate, edits }) => edits <= limit && candidate !== word && !/\d/.test(candidate))
    .sort((a, b) => a.edits - b.edits || vocabulary[b.candidate]! - vocabulary[a.candidate]! || compareSwedish(a.candidate, b.candidate))
    .slice(0, count)
    .map(({ candidate }) => candidate);
}
