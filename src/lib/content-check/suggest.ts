import { distance } from 'fastest-levenshtein';

/**
 * The valid values closest to what an editor wrote, best first: near spellings
 * (edit distance) and values that share a prefix or contain it.
 * @example closest('socialnamden', ['socialnamnden', 'kulturnamnden']) // ['socialnamnden', 'kulturnamnden']
 */
export function closest(input: string, candidates: readonly string[], count = 3): string[] {
  const needle = input.toLowerCase();
  return candidates
    .map((candidate) => {
      const hay = candidate.toLowerCase();
      const contains = hay.includes(needle) || needle.includes(hay);
      return { candidate, score: distance(needle, hay) - (contains ? needle.length : 0) };
    })
    .sort((a, b) => a.score - b.score || a.candidate.localeCompare(b.candidate))
    .slice(0, count)
    .map(({ candidate }) => candidate);
}
