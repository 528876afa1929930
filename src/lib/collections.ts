/**
 * The one place pages read the content collections. Everything here is
 * loaded once per build and shared; the logic on top lives in pure modules.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { newestFirst, pageChanges, siteNotes, type PageChanges, type SiteNote } from './change-notes.ts';
import { combinedHistory, readChangeLog, pageHistory } from './git-history.ts';
import { sortActors, sortSections } from './relations.ts';
import { sortSwedish } from './format.ts';
import { SETTINGS_ID } from '../schemas.ts';
import { statusMessage, type StatusMessage } from './status.ts';

export type SectionEntry = CollectionEntry<'riktlinjer'>;
export type ActorEntry = CollectionEntry<'aktorer'>;
export type DutyEntry = CollectionEntry<'ansvar'>;
export type InterventionEntry = CollectionEntry<'insatser'>;
export type TermEntry = CollectionEntry<'ordlista'>;
export type DocumentEntry = CollectionEntry<'dokument'>;
export type PageEntry = CollectionEntry<'sidor'>;
export type SettingsEntry = CollectionEntry<'installningar'>;

/** A verbatim passage of a stored source text, with the document it comes from. */
export interface Quote {
  id: string;
  text: string;
  document: DocumentEntry;
}

export interface SiteData {
  sections: SectionEntry[];
  actors: ActorEntry[];
  duties: DutyEntry[];
  interventions: InterventionEntry[];
  terms: TermEntry[];
  documents: DocumentEntry[];
  pages: PageEntry[];
  /** The site settings, `content/installningar/webbplats.yaml`: the guidelines' status and the version the site describes. */
  settings: SettingsEntry['data'];
  /** The guidelines' status in plain words, from the settings; every page shows it. */
  status: StatusMessage;
  actor(id: string): ActorEntry;
  /** A quote by its id; the content checker has verified that it occurs in its document's text. */
  quote(id: string): Quote;
  document(id: string): DocumentEntry;
  section(id: string): SectionEntry;
  intervention(id: string): InterventionEntry;
  /** Every change note on the site, newest first. */
  notes: SiteNote[];
  /** The changes of a page made from one entry: its file's git history and the entry's notes. */
  history(entry: { collection: string; id: string; filePath?: string | undefined; data: { updated: Date } }): PageChanges;
  /**
   * The changes of a page made from many entries (the whole guidelines, the
   * glossary): their files' git history and their notes. Without git history it
   * shows the newest `updated` date of those entries, or of all the content when
   * they have none (terms, documents).
   */
  historyOf(entries: readonly { collection: string; id: string; filePath?: string | undefined; data: object }[]): PageChanges;
}

let cached: Promise<SiteData> | undefined;

/** All collections, sorted for display, with lookups by id. */
export function siteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteData> {
  const [sections, actors, duties, interventions, terms, documents, pages, settings] = await Promise.all([
    getCollection('riktlinjer'),
    getCollection('aktorer'),
    getCollection('ansvar'),
    getCollection('insatser'),
    getCollection('ordlista'),
    getCollection('dokument'),
    getCollection('sidor'),
    getCollection('installningar'),
  ]);
  const changeLog = readChangeLog('content');
  const byId = <T extends { id: string }>(entries: T[], what: string) => {
    const map = new Map(entries.map((entry) => [entry.id, entry]));
    return (id: string): T => {
      const entry = map.get(id);
      // The content checker has already rejected unknown ids; this guards the code itself.
      if (!entry) throw new Error(`Okänt id "${id}" i ${what}.`);
      return entry;
    };
  };
  const document = byId(documents, 'dokument');
  const notesByEntry = new Map<string, SiteNote[]>(
    await Promise.all(
      [...sections, ...actors, ...duties, ...interventions, ...terms, ...documents, ...pages].map(async (entry) => {
        const { collection, id, data } = entry;
        const title = 'title' in data ? data.title : 'name' in data ? data.name : data.term;
        // Only a note that names a heading needs the page's headings; the checker has made sure the entry has them.
        const headings = data.changes.some((note) => note.heading) ? (await render(entry)).headings : [];
        const notes = siteNotes({ collection, id, title, data }, (anchor) => headings.find((heading) => heading.slug === anchor)?.text);
        return [`${collection}/${id}`, notes] as const;
      }),
    ),
  );
  const notesOf = (entry: { collection: string; id: string }) => notesByEntry.get(`${entry.collection}/${entry.id}`) ?? [];
  const settingsData = byId(settings, 'installningar')(SETTINGS_ID).data;
  return {
    sections: sortSections(sections),
    actors: sortActors(actors),
    duties: [...duties].sort((a, b) => a.data.order - b.data.order),
    interventions: sortSwedish(interventions, (i) => i.data.title),
    terms: sortSwedish(terms, (term) => term.data.term),
    documents,
    pages,
    actor: byId(actors, 'aktorer'),
    document,
    section: byId(sections, 'riktlinjer'),
    intervention: byId(interventions, 'insatser'),
    settings: settingsData,
    status: statusMessage({
      status: settingsData.status,
      version: document(settingsData.version.id).data,
      decision: settingsData.decision && document(settingsData.decision.id).data,
    }),
    quote: byId(
      documents.flatMap((document) => document.data.quotes.map((quote) => ({ ...quote, document }))),
      'citat',
    ),
    notes: newestFirst([...notesByEntry.values()].flat()),
    history: (entry) =>
      pageChanges(
        { ...pageHistory(changeLog, entry.filePath ?? '', entry.data.updated), ...(entry.filePath ? { file: entry.filePath } : {}) },
        notesOf(entry),
        false,
      ),
    historyOf: (entries) => {
      const dates = (list: readonly { data: object }[]) =>
        list.map((entry) => (entry.data as { updated?: unknown }).updated).filter((date): date is Date => date instanceof Date);
      const own = dates(entries);
      const all = own.length > 0 ? own : dates([...sections, ...actors, ...duties, ...interventions, ...pages]);
      const newest = new Date(Math.max(...all.map((date) => date.getTime())));
      const history = combinedHistory(
        changeLog,
        entries.map((entry) => entry.filePath ?? ''),
        newest,
      );
      return pageChanges(history, entries.flatMap(notesOf), entries.length > 1);
    },
  };
}
