import { fold, words } from './text.ts';

/** The shortest typed word that is matched against the start of a job: `skol` finds `skolan`. */
const MIN_START = 4;

/**
 * The workplaces and professions a query names, each with the actors it
 * belongs to: `rektor` → Utbildningsnämnden, `skola` → `skolan`. A typed word
 * matches a job word when one starts with the other (ignoring å, ä and ö), so
 * inflections match both ways; a job of several words must be typed whole.
 * @example jobsIn('vad gör en rektor', { rektor: ['utbildningsnamnden'] }) // [{ job: 'rektor', actors: ['utbildningsnamnden'] }]
 */
export function jobsIn(query: string, jobs: Readonly<Record<string, readonly string[]>>): { job: string; actors: readonly string[] }[] {
  const typed = words(query).map(fold);
  const whole = typed.join(' ');
  return Object.entries(jobs)
    .filter(([job]) => {
      const target = fold(job);
      if (target.includes(' ')) return whole.includes(target);
      return typed.some((word) => word.length >= MIN_START && (target.startsWith(word) || word.startsWith(target)));
    })
    .map(([job, actors]) => ({ job, actors }));
}
