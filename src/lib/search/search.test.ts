import { describe, expect, it } from 'vitest';
import { compoundsWith } from './compounds.ts';
import { containsPhrase, planSearch } from './plan.ts';
import { fold, words } from './text.ts';
import { correctionsFor, isOneEditAway } from './typos.ts';
import { buildVocabulary } from './vocabulary.ts';

const pages = [
  'Socialnämnden och stadsdelsnämnderna tar fram en lägesbild varje år.',
  'Föräldrastödsprogram ger föräldrastöd till föräldrar. Sociala insatsgrupper arbetar med unga.',
  'Arbetet mot våldsbejakande extremism. Våld och extremism. Han ställde sig upp och blev vald.',
  'Nämnden beslutar. Insatsgrupperna träffas. Stadsdelsförvaltningen stödjer.',
];
const vocabulary = buildVocabulary(pages, [
  { term: 'sociala insatsgrupper', abbreviations: ['SIG'], synonyms: [] },
  { term: 'våldsbejakande extremism', abbreviations: ['VBE'], synonyms: ['extremism'] },
  { term: 'stadsdelsnämnd', abbreviations: ['SDN'], synonyms: ['stadsdelsnämnderna'] },
]);
const queries = (input: string) => planSearch(input, vocabulary).queries.map((q) => q.query);

describe('Swedish text', () => {
  it('folds å, ä and ö', () => {
    expect(fold('Lägesbild Våld Förälder')).toBe('lagesbild vald foralder');
  });
  it('splits words and keeps hyphenated words whole', () => {
    expect(words('Online-miljöer (SIG), 2023:196')).toEqual(['online-miljöer', 'sig', '2023', '196']);
  });
});

describe('buildVocabulary', () => {
  it('takes an actor’s abbreviation to mean the actor, before a glossary term with the same abbreviation', () => {
    const withActor = buildVocabulary(
      pages,
      [{ term: 'stadsdelsnämnd', abbreviations: ['SDN'], synonyms: [] }],
      [{ id: 'stadsdelsnamnderna', name: 'Stadsdelsnämnderna', abbreviation: 'SDN', workplaces: [], professions: [] }],
    );
    expect(withActor.aliases['sdn']).toBe('stadsdelsnämnderna');
  });
  it('maps each workplace and profession to its actors', () => {
    const withJobs = buildVocabulary(
      pages,
      [],
      [
        { id: 'socialnamnden', name: 'Socialnämnden', workplaces: ['socialtjänsten'], professions: ['socialsekreterare'] },
        { id: 'stadsdelsnamnderna', name: 'Stadsdelsnämnderna', workplaces: ['socialtjänsten'], professions: [] },
      ],
    );
    expect(withJobs.jobs).toEqual({ socialsekreterare: ['socialnamnden'], socialtjänsten: ['socialnamnden', 'stadsdelsnamnderna'] });
    expect(withJobs.actorNames).toEqual({ socialnamnden: 'Socialnämnden', stadsdelsnamnderna: 'Stadsdelsnämnderna' });
  });
  it('counts the parts of a hyphenated word as words of their own', () => {
    const hyphenated = buildVocabulary(['Hägersten-Älvsjö stadsdelsnämnd'], []);
    expect(Object.keys(hyphenated.words)).toEqual(expect.arrayContaining(['hägersten-älvsjö', 'hägersten', 'älvsjö']));
    expect(planSearch('alvsjo', hyphenated).queries[0]).toEqual({ query: 'älvsjö', reason: 'diacritics' });
  });
  it('counts on how many pages each word occurs', () => {
    expect(vocabulary.words['extremism']).toBe(1);
    expect(vocabulary.words['och']).toBe(2);
  });
  it('maps abbreviations and synonyms to their glossary term, lower-cased', () => {
    expect(vocabulary.aliases['sig']).toBe('sociala insatsgrupper');
    expect(vocabulary.aliases['sdn']).toBe('stadsdelsnämnd');
  });
  it('takes a synonym an editor adds to the glossary with no code change', () => {
    const withSynonym = buildVocabulary(pages, [{ term: 'lägesbild', abbreviations: [], synonyms: ['nulägesanalys'] }]);
    expect(planSearch('nulägesanalys', withSynonym).queries[0]).toEqual({ query: 'lägesbild', reason: 'synonym' });
  });
});

describe('compoundsWith', () => {
  const all = Object.keys(vocabulary.words);
  it('finds compounds in which the word is a later part', () => {
    expect(compoundsWith('nämnd', all)).toEqual(['socialnämnden', 'stadsdelsnämnderna']);
  });
  it('accepts the Swedish linking s between the parts', () => {
    expect(compoundsWith('stöd', all)).toEqual(['föräldrastöd', 'föräldrastödsprogram']);
    expect(compoundsWith('program', all)).toEqual(['föräldrastödsprogram']);
  });
  it('does not match a word at its own start or inside an unrelated word', () => {
    expect(compoundsWith('social', all)).toEqual([]);
    expect(compoundsWith('ld', all)).toEqual([]);
  });
});

describe('typos', () => {
  it('knows one added, removed, changed or swapped letter', () => {
    expect(isOneEditAway('extremsim', 'extremism')).toBe(true);
    expect(isOneEditAway('lägesbidl', 'lägesbild')).toBe(true);
    expect(isOneEditAway('extrmism', 'extremism')).toBe(true);
    expect(isOneEditAway('extremisk', 'extremism')).toBe(true);
    expect(isOneEditAway('extremism', 'extremism')).toBe(false);
    expect(isOneEditAway('exremsim', 'extremism')).toBe(false);
  });
  it('corrects only words of five letters or more that the site does not use', () => {
    expect(correctionsFor('extremsim', vocabulary.words)).toEqual(['extremism']);
    expect(correctionsFor('extremism', vocabulary.words)).toEqual([]);
    expect(correctionsFor('vlad', vocabulary.words)).toEqual([]);
  });
});

describe('planSearch', () => {
  it('searches an abbreviation in capitals as its term first (SIG is not the pronoun sig)', () => {
    expect(queries('SIG')).toEqual(['sociala insatsgrupper', 'sig']);
  });
  it('keeps a lower-case word that the site uses first, with its glossary term after it', () => {
    expect(queries('sig')).toEqual(['sig', 'sociala insatsgrupper']);
  });
  it('restores å, ä and ö, first when the typed word is unknown, after it when the site uses it', () => {
    expect(queries('lagesbild')).toEqual(['lägesbild', 'lagesbild']);
    expect(queries('vald')[0]).toBe('vald');
    expect(queries('vald')).toContain('våld');
    expect(queries('foraldrastod')).toContain('föräldrastöd');
  });
  it('adds the compounds a word is a later part of', () => {
    expect(queries('nämnd')).toEqual(['nämnd', 'socialnämnden', 'stadsdelsnämnderna']);
    expect(queries('namnd')).toEqual(expect.arrayContaining(['nämnd', 'socialnämnden']));
  });
  it('offers "Menade du …?" for a one-letter typo and searches the correction', () => {
    const plan = planSearch('extremsim', vocabulary);
    expect(plan.suggestion).toBe('extremism');
    expect(plan.queries.map((q) => q.query)).toEqual(['extremism', 'extremsim']);
  });
  it('keeps each word of a multi-word query and varies one word at a time, then tries each word alone', () => {
    expect(queries('lagesbild varje')).toEqual(['lägesbild varje', 'lagesbild varje', 'lägesbild', 'varje']);
    expect(
      planSearch('lagesbild varje', vocabulary)
        .queries.slice(-2)
        .map((q) => q.reason),
    ).toEqual(['partial', 'partial']);
  });
  it('repairs every unknown word at once before repairing one at a time', () => {
    expect(queries('lagesbild foraldrastod')[0]).toBe('lägesbild föräldrastöd');
  });
  it('leaves out question words and small words when the query has words with content', () => {
    expect(queries('vem ska göra lägesbild')[0]).toBe('lägesbild');
    expect(queries('vad är våld')[0]).toBe('våld');
    // A query of small words only is searched as typed.
    expect(queries('och')[0]).toBe('och');
  });
  it('searches the family of a word the site never uses (extremist → extremism)', () => {
    const plan = planSearch('extremist', vocabulary);
    expect(plan.queries[0]).toEqual({ query: 'extremism', reason: 'family' });
    expect(plan.unknown).toEqual(['extremist']);
    expect(plan.repaired).toBe('extremism');
  });
  it('says which words the site never uses, and takes an inflection of a word it uses as known', () => {
    expect(planSearch('lagesbild', vocabulary)).toMatchObject({ unknown: ['lagesbild'], repaired: 'lägesbild' });
    expect(planSearch('lägesbilden', vocabulary).unknown).toEqual([]);
    expect(planSearch('orosanmälan', vocabulary)).toMatchObject({ unknown: ['orosanmälan'] });
    expect(planSearch('orosanmälan', vocabulary).repaired).toBeUndefined();
  });
  it('takes phrases in quotes as exact phrases', () => {
    const plan = planSearch('"sociala insatsgrupper" unga', vocabulary);
    expect(plan.phrases).toEqual(['sociala insatsgrupper']);
    expect(plan.queries[0]).toEqual({ query: 'sociala insatsgrupper unga', reason: 'query' });
  });
  it('plans nothing for an empty query', () => {
    expect(planSearch('  ', vocabulary)).toEqual({ queries: [], phrases: [], unknown: [] });
  });
});

describe('containsPhrase', () => {
  it('matches a phrase whatever its case and spacing', () => {
    expect(containsPhrase('Sociala  insatsgrupper arbetar', 'sociala insatsgrupper')).toBe(true);
    expect(containsPhrase('insatsgrupper sociala', 'sociala insatsgrupper')).toBe(false);
  });
});
