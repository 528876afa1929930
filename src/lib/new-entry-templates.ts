/**
 * What `npm run ny` writes for each kind of entry: the fields with their
 * placeholders, the body, and what else the editor must update. Values that
 * must point to something (a document, a quote, an owner, a free place in the
 * order) are read from the existing content, so that the file is valid.
 */
import { stringify } from 'yaml';
import { actorGroups, documentKinds, interventionKinds, type CollectionName, type SettingsData } from '../schemas.ts';
import type { ValidEntry } from './content-source/source.ts';

/** The Swedish names editors type, and the collection each one writes to. */
export const newEntryKinds = {
  insats: 'insatser',
  avsnitt: 'riktlinjer',
  aktor: 'aktorer',
  uppgift: 'ansvar',
  dokument: 'dokument',
  begrepp: 'ordlista',
  sida: 'sidor',
} as const satisfies Record<string, CollectionName>;
export type NewEntryKind = keyof typeof newEntryKinds;

/** A field of the new file: its value and, for a placeholder that is valid but not right, a note of what to change. */
type Field = [key: string, value: unknown, note?: string];

/** What the new file can point to in the existing content. */
export interface Existing {
  /** The document the site describes (`version` in the settings): the source of most entries. */
  guidelines: string;
  /** A quote, from that document when it has any, so that a required quote id is valid until the editor picks the right one. */
  quote: string;
  /** The owner of the last section. */
  owner: string;
  /** The next free place in the guidelines and in the matrix. */
  nextSection: number;
  nextDuty: number;
}

/** What a new entry can point to, read from the checked content. */
export function existingContent(valid: readonly ValidEntry[]): Existing {
  const of = (collection: CollectionName) => valid.filter(({ source }) => source.collection === collection);
  const guidelines = (of('installningar')[0]?.data as SettingsData | undefined)?.version.id ?? '';
  // The guidelines' own quotes first; the site may quote them through another document (a statement on the proposal).
  const documents = of('dokument').sort((a, b) => Number(b.source.id === guidelines) - Number(a.source.id === guidelines));
  const quotes = documents.flatMap(({ data }) => data.quotes as { id: string }[]);
  const sections = of('riktlinjer').sort((a, b) => Number(a.data.order) - Number(b.data.order));
  const last = (entries: ValidEntry[]) => Math.max(0, ...entries.map(({ data }) => Number(data.order)));
  return {
    guidelines,
    quote: quotes[0]?.id ?? '',
    owner: (sections.at(-1)?.data.owner as { id: string } | undefined)?.id ?? '',
    nextSection: last(sections) + 1,
    nextDuty: last(of('ansvar')) + 1,
  };
}

const common = ['Byt ut allt som är märkt ÄNDRA.', 'Kör npm run check:content när du är klar.'];

/** Fields, body and next steps of each kind of entry; `id` is the new entry's id. */
function template(kind: NewEntryKind, title: string, id: string, existing: Existing, today: string) {
  const summary = (what: string): Field => ['summary', `ÄNDRA: en mening om ${what}.`];
  const sources: Field = ['sources', [existing.guidelines], 'ÄNDRA vid behov: dokumenten som texten bygger på'];
  const updated: Field = ['updated', today];
  const choose = (values: readonly string[]) => `ÄNDRA vid behov: ett av ${values.join(', ')}`;
  switch (kind) {
    case 'insats':
      return {
        fields: [
          ['title', title],
          summary('vad insatsen är'),
          ['kind', interventionKinds[0], choose(interventionKinds)],
          ['example', existing.quote, 'ÄNDRA: id för citatet där riktlinjerna nämner insatsen som exempel'],
          sources,
          updated,
        ] satisfies Field[],
        body: 'ÄNDRA: Beskriv insatsen.',
        next: [
          `Lägg till ${id} i "interventions:" i det eller de avsnitt i content/riktlinjer/ som beskriver insatsen. Tills dess påminner npm run check:content om det.`,
          'Byt "example:" mot id för citatet där riktlinjerna nämner insatsen (ett id under "quotes:" i content/dokument/). Säger källan vilka insatsen är till för eller vem som ansvarar, lägg till targetGroups och targetBasis, responsible och partners (se CONTRIBUTING.md).',
        ],
      };
    case 'avsnitt':
      return {
        fields: [
          ['title', title],
          ['order', existing.nextSection, 'ÄNDRA vid behov: avsnittets plats; två avsnitt får inte ha samma nummer'],
          summary('vad avsnittet säger'),
          sources,
          ['owner', existing.owner],
          updated,
        ] satisfies Field[],
        body: '## ÄNDRA: Rubrik\n\nÄNDRA: Skriv avsnittets text.',
        next: [
          'Lista aktörerna som avsnittet gäller i "actors:" och insatserna det beskriver i "interventions:".',
          `Avsnittet ligger sist (order: ${existing.nextSection}). Ska det stå tidigare, ge det den platsen och flytta de följande avsnitten ett steg.`,
        ],
      };
    case 'aktor':
      return {
        fields: [
          ['name', title],
          ['group', actorGroups[0], choose(actorGroups)],
          summary('aktörens roll i arbetet'),
          updated,
        ] satisfies Field[],
        body: 'ÄNDRA: Beskriv aktören.',
        next: [
          `Lägg till ${id} i "actors:" i de avsnitt i content/riktlinjer/ som gäller aktören, och i "roles:" i de uppgifter i content/ansvar/ där källan ger den en roll.`,
          'Har aktören en kontaktväg för allmänheten, lägg till "contact:" (se Kontaktvägar i CONTRIBUTING.md).',
        ],
      };
    case 'uppgift':
      return {
        fields: [
          ['title', title],
          ['order', existing.nextDuty, 'ÄNDRA vid behov: uppgiftens rad i ansvarsmatrisen'],
          sources,
          updated,
        ] satisfies Field[],
        body: 'ÄNDRA: Beskriv uppgiften.',
        next: [
          'Lägg till "roles:" med actor, role och basis (citat-id) för varje aktör som källan nämner, och "cadence:" om källan säger hur ofta. Säger källan inget, lämna bort fälten.',
        ],
      };
    case 'dokument':
      return {
        fields: [
          ['title', title],
          ['kind', documentKinds[0], choose(documentKinds)],
          ['description', 'ÄNDRA: två eller tre meningar om vad dokumentet är och vad det betyder för riktlinjerna.'],
          ['locator', 'ÄNDRA: var läsaren hittar dokumentet, t.ex. Stockholms stads diarium och diarienumret.'],
        ] satisfies Field[],
        body: undefined,
        next: [
          'Ska sidorna citera dokumentet, lägg till "text:" (dokumentets text, utan personuppgifter) och "quotes:" med id och text, ordagrant ur "text:".',
          `Lägg till ${id} i "sources:" i de avsnitt, insatser och uppgifter som bygger på dokumentet.`,
        ],
      };
    case 'begrepp':
      return {
        fields: [
          ['term', title],
          ['definition', 'ÄNDRA: en förklaring på enkel svenska i en eller två meningar.'],
        ] satisfies Field[],
        body: undefined,
        next: [`Använd begreppet i texten med <Begrepp term="${id}" /> där ordet nämns första gången i ett avsnitt.`],
      };
    case 'sida':
      return {
        fields: [['title', title], summary('vad sidan handlar om'), updated] satisfies Field[],
        body: 'ÄNDRA: Skriv sidans text.',
        next: [`Sidan får adressen /${id}/. Länka till den från de sidor där läsaren behöver den.`],
      };
  }
}

/** One `key: value` line, with its note as a YAML comment. */
function line([key, value, note]: Field): string {
  const written = stringify(value, { collectionStyle: 'flow', flowCollectionPadding: false, lineWidth: 0 }).trimEnd();
  return `${key}: ${written}${note ? ` # ${note}` : ''}`;
}

/**
 * The new file's text (YAML, or MDX with frontmatter) and the steps the editor must take next, in Swedish.
 * @param id the entry id, derived from the title.
 * @param today the date for `updated`, YYYY-MM-DD.
 */
export function newEntryText(kind: NewEntryKind, title: string, id: string, existing: Existing, today: string) {
  const { fields, body, next } = template(kind, title, id, existing, today);
  const yaml = `${fields.map(line).join('\n')}\n`;
  return { text: body === undefined ? yaml : `---\n${yaml}---\n\n${body}\n`, nextSteps: [...next, ...common] };
}
