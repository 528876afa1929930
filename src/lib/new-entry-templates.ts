/**
 * What `npm run ny` writes for each kind of entry: the fields with their
 * placeholders, the body, and what else the editor must update. Values that
 * must point to something (a document, a quote, an owner, a free place in the
 * order) are read from the existing content, so that the file is valid. The
 * Swedish texts are the `newEntry.*` keys of `src/i18n/problems.sv.json`.
 */
import { stringify } from 'yaml';
import { problemText as text } from '../i18n/problems.ts';
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

const common = [text('newEntry.next.replace'), text('newEntry.next.check')];

/** Fields, body and next steps of each kind of entry; `id` is the new entry's id. */
function template(kind: NewEntryKind, title: string, id: string, existing: Existing, today: string) {
  const summary = (what: string): Field => ['summary', text('newEntry.todo.summary', { what })];
  const sources: Field = ['sources', [existing.guidelines], text('newEntry.todo.sources')];
  const updated: Field = ['updated', today];
  const choose = (values: readonly string[]) => text('newEntry.todo.choose', { values: values.join(', ') });
  switch (kind) {
    case 'insats':
      return {
        fields: [
          ['title', title],
          summary(text('newEntry.insats.summary')),
          ['kind', interventionKinds[0], choose(interventionKinds)],
          ['example', existing.quote, text('newEntry.insats.example')],
          sources,
          updated,
        ] satisfies Field[],
        body: text('newEntry.insats.body'),
        next: [text('newEntry.insats.next.sections', { id }), text('newEntry.insats.next.example')],
      };
    case 'avsnitt':
      return {
        fields: [
          ['title', title],
          ['order', existing.nextSection, text('newEntry.avsnitt.order')],
          summary(text('newEntry.avsnitt.summary')),
          sources,
          ['owner', existing.owner],
          updated,
        ] satisfies Field[],
        body: text('newEntry.avsnitt.body'),
        next: [text('newEntry.avsnitt.next.lists'), text('newEntry.avsnitt.next.order', { order: existing.nextSection })],
      };
    case 'aktor':
      return {
        fields: [
          ['name', title],
          ['group', actorGroups[0], choose(actorGroups)],
          summary(text('newEntry.aktor.summary')),
          updated,
        ] satisfies Field[],
        body: text('newEntry.aktor.body'),
        next: [text('newEntry.aktor.next.lists', { id }), text('newEntry.aktor.next.contact')],
      };
    case 'uppgift':
      return {
        fields: [['title', title], ['order', existing.nextDuty, text('newEntry.uppgift.order')], sources, updated] satisfies Field[],
        body: text('newEntry.uppgift.body'),
        next: [text('newEntry.uppgift.next.roles')],
      };
    case 'dokument':
      return {
        fields: [
          ['title', title],
          ['kind', documentKinds[0], choose(documentKinds)],
          ['description', text('newEntry.dokument.description')],
          ['locator', text('newEntry.dokument.locator')],
        ] satisfies Field[],
        body: undefined,
        next: [text('newEntry.dokument.next.quotes'), text('newEntry.dokument.next.sources', { id })],
      };
    case 'begrepp':
      return {
        fields: [
          ['term', title],
          ['definition', text('newEntry.begrepp.definition')],
        ] satisfies Field[],
        body: undefined,
        next: [text('newEntry.begrepp.next.use', { id })],
      };
    case 'sida':
      return {
        fields: [['title', title], summary(text('newEntry.sida.summary')), updated] satisfies Field[],
        body: text('newEntry.sida.body'),
        next: [text('newEntry.sida.next.link', { id })],
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
