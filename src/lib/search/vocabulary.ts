import { words } from './text.ts';
import { compareSwedish } from '../format.ts';

/** What the search knows about the site's language, built with the index. */
export interface Vocabulary {
  /** Every word of the indexed pages, lower-cased, with the number of pages it occurs on. */
  words: Record<string, number>;
  /** Abbreviations and synonyms from the glossary, lower-cased, each mapped to the term it stands for. */
  aliases: Record<string, string>;
  /** Workplaces and professions, lower-cased, each mapped to the actors they belong to. */
  jobs: Record<string, string[]>;
  /** The name of each actor that has jobs, by id. */
  actorNames: Record<string, string>;
}

/** An actor, as far as search needs it: its abbreviation, and where and as what people work under it. */
export interface JobActor {
  id: string;
  name: string;
  abbreviation?: string | undefined;
  workplaces: readonly string[];
  professions: readonly string[];
}

/** A glossary entry, as far as search needs it. */
export interface GlossaryTerm {
  term: string;
  abbreviations: readonly string[];
  synonyms: readonly string[];
}

/**
 * Builds the vocabulary from the text of every indexed page, the glossary and
 * the actors' workplaces and professions.
 * A synonym that is itself the term of another entry is left out, so that
 * glossary cross-references cannot send a search in circles.
 */
export function buildVocabulary(
  pageTexts: readonly string[],
  glossary: readonly GlossaryTerm[],
  actors: readonly JobActor[] = [],
): Vocabulary {
  const counts: Record<string, number> = {};
  for (const text of pageTexts) {
    // Pagefind indexes the parts of a hyphenated word too (Hägersten-Älvsjö is also älvsjö), so the vocabulary does.
    const all = words(text).flatMap((word) => (word.includes('-') ? [word, ...word.split('-').filter(Boolean)] : [word]));
    for (const word of new Set(all)) counts[word] = (counts[word] ?? 0) + 1;
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
  const jobs: Record<string, string[]> = {};
  const actorNames: Record<string, string> = {};
  for (const actor of actors) {
    // An actor's abbreviation (SDN, KS) means the actor, before any glossary term it shares.
    if (actor.abbreviation) aliases[actor.abbreviation.toLocaleLowerCase('sv-SE')] = actor.name.toLocaleLowerCase('sv-SE');
    for (const job of [...actor.workplaces, ...actor.professions]) {
      const key = job.toLocaleLowerCase('sv-SE');
      jobs[key] = [...new Set([...(jobs[key] ?? []), actor.id])];
      actorNames[actor.id] = actor.name;
    }
  }
  return { words: sortKeys(counts), aliases: sortKeys(aliases), jobs: sortKeys(jobs), actorNames };
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => compareSwedish(a, b)));
}
