/**
 * Endings of Swedish inflection (plural, definite, genitive and participle
 * forms), longest first, so that stripping the first that fits takes off the
 * whole ending: "planerna" → "plan", not "planern". Used to group the forms of
 * a word (`glossary-gaps.ts`), to tell the end of a compound (`search/compounds.ts`)
 * and to know an inflected form of a word on the site (`search/plan.ts`).
 */
export const INFLECTIONS: readonly string[] = [
  'ernas',
  'arnas',
  'ornas',
  'erna',
  'arna',
  'orna',
  'ande',
  'ens',
  'ets',
  'ers',
  'ars',
  'ors',
  'ade',
  'en',
  'et',
  'er',
  'ar',
  'or',
  'na',
  'ns',
  'ts',
  'ad',
  'at',
  'a',
  'e',
  'n',
  's',
  't',
];
