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

/**
 * The candidate nearest by edit distance alone, when it is near enough to be a
 * likely typo (at most a third of the input changed). Suits paths, where
 * sharing a prefix (`/insatser/`) says little.
 * @example nearest('/insatser/nattvandrng/', ['/insatser/', '/insatser/nattvandring/']) // '/insatser/nattvandring/'
 */
export function nearest(input: string, candidates: readonly string[]): string | undefined {
  let best: { candidate: string; score: number } | undefined;
  for (const candidate of candidates) {
    const score = distance(input, candidate);
    if (!best || score < best.score || (score === best.score && candidate < best.candidate)) best = { candidate, score };
  }
  return best && best.score <= Math.max(2, Math.ceil(input.length / 3)) ? best.candidate : undefined;
}
