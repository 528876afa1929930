/**
 * What a reader learns about changes: the notes editors write (`changes:` in
 * the content) say what changed in substance, and the days on which git saw a
 * page's files change without a note are editorial changes, shown as dates
 * only. Commit messages are written for developers and never reach a reader.
 */
import type { ChangeNote, CollectionName } from '../schemas.ts';
import { entryPage } from './content-source/site-map.ts';
import { formatMonth, isoDay } from './format.ts';
import type { PageHistory } from './git-history.ts';
import { paths } from './paths.ts';
import { actorLineage, assignedActors, type Actor } from './relations.ts';
import type { SearchType } from './search/types.ts';

/** The collections whose entries have change notes: every one with a page or an anchor of its own. */
export type NotedCollection = Exclude<CollectionName, 'installningar'>;

/**
 * The page an entry's notes belong to, root-relative: its own page, or the
 * glossary for a term.
 * @example notePage('ansvar', 'arlig-lagesbild') // '/ansvar/arlig-lagesbild/'
 */
export function notePage(collection: NotedCollection, id: string): string {
  return collection === 'ordlista' ? paths.glossary : entryPage[collection]!(id);
}

/**
 * Where a note leads, root-relative: the heading it concerns, or else the entry.
 * @example noteLink('ansvar', 'arlig-lagesbild', 'vad-lagen-kräver') // '/ansvar/arlig-lagesbild/#vad-lagen-kräver'
 * @example noteLink('ordlista', 'lagesbild') // '/ordlista/#lagesbild'
 */
export function noteLink(collection: NotedCollection, id: string, heading?: string): string {
  if (heading) return `${notePage(collection, id)}#${heading}`;
  return collection === 'ordlista' ? paths.term(id) : notePage(collection, id);
}

/** What kind of page each collection's entries are, labelled as search labels them (`searchType.*` in sv.json). */
const noteTypes: Record<NotedCollection, SearchType> = {
  riktlinjer: 'riktlinje',
  ansvar: 'uppgift',
  insatser: 'insats',
  aktorer: 'aktor',
  ordlista: 'begrepp',
  dokument: 'dokument',
  sidor: 'sida',
};

/** A note as the site shows it: with the entry it is on, where it leads and whom it concerns. */
export interface SiteNote {
  date: Date;
  text: string;
  /** Unique on the site and stable between builds: the note's anchor on `/andringar/` and its id in the feed. */
  id: string;
  /** The title (or name, or term) of the entry the note is on. */
  title: string;
  type: SearchType;
  /** The entry's page, root-relative. */
  page: string;
  /** Where the note leads, root-relative: the heading it concerns, or the entry. */
  path: string;
  /** The text of the heading it concerns, when it names one. */
  heading?: string;
  /** The actors the entry names directly (`actorsOfEntry`). */
  actors: string[];
}

/** An entry with change notes, as `siteNotes` needs it. */
export interface NotedEntry {
  collection: NotedCollection;
  id: string;
  title: string;
  data: ActorFields & { changes: readonly ChangeNote[] };
}

/**
 * An entry's notes as the site shows them, newest first.
 * @param headingText the text of a heading on the entry's page by its anchor.
 */
export function siteNotes(entry: NotedEntry, headingText: (anchor: string) => string | undefined): SiteNote[] {
  const { collection, id, title, data } = entry;
  const actors = actorsOfEntry(collection, id, data);
  const seen = new Map<string, number>();
  const notes = data.changes.map((note): SiteNote => {
    const day = isoDay(note.date);
    const base = `andring-${day}-${collection}-${id.replaceAll('/', '-')}`;
    // Two notes on one entry and day: the later-written gets a number.
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    const heading = note.heading && headingText(note.heading);
    return {
      date: note.date,
      text: note.text,
      id: count === 1 ? base : `${base}-${count}`,
      title,
      type: noteTypes[collection],
      page: notePage(collection, id),
      path: noteLink(collection, id, note.heading),
      ...(heading && { heading }),
      actors,
    };
  });
  return newestFirst(notes);
}

/** What a page shows about its changes: its own change date, its notes and the days of editorial changes. */
export interface PageChanges extends PageHistory {
  /** The notes of the entries the page is made from, newest first. */
  notes: SiteNote[];
  editorial: EditorialDays;
  /** True for a page made from several entries, whose notes each name their entry. */
  combined: boolean;
}

/** A page's changes from its git history and the notes of the entries it is made from. */
export function pageChanges(history: PageHistory, notes: readonly SiteNote[], combined: boolean): PageChanges {
  return { ...history, notes: newestFirst(notes), editorial: editorialDays(history.commits, notes), combined };
}

/** Notes (or anything dated) newest first; those of one day keep the order they were written in. */
export function newestFirst<N extends { date: Date }>(notes: readonly N[]): N[] {
  return [...notes].sort((a, b) => b.date.getTime() - a.date.getTime());
}

/** The days of editorial changes a page shows: one date per day, newest first, and how many older days are left out. */
export interface EditorialDays {
  days: Date[];
  older: number;
}

/**
 * The days (in Stockholm) on which commits changed a page's files but no note
 * says what changed: editorial changes, such as a corrected typo. Each day
 * once, newest first, at most `limit` of them.
 * @example editorialDays([new Date('2026-03-02T23:30:00Z')], []) // { days: [that date], older: 0 }: 3 March in Stockholm
 */
export function editorialDays(commits: readonly Date[], notes: readonly Pick<ChangeNote, 'date'>[], limit = 5): EditorialDays {
  const noted = new Set(notes.map((note) => isoDay(note.date)));
  const byDay = new Map<string, Date>();
  for (const commit of [...commits].sort((a, b) => b.getTime() - a.getTime())) {
    const day = isoDay(commit);
    if (!noted.has(day) && !byDay.has(day)) byDay.set(day, commit);
  }
  const days = [...byDay.values()];
  return { days: days.slice(0, limit), older: Math.max(0, days.length - limit) };
}

/** The notes of one month, for a list with a heading per month. */
export interface NoteMonth<N> {
  /** `YYYY-MM`, usable as an id. */
  id: string;
  /** The month as a heading, e.g. "november 2026". */
  label: string;
  notes: N[];
}

/** Notes grouped by month (in Stockholm), newest month and note first. */
export function notesByMonth<N extends { date: Date }>(notes: readonly N[]): NoteMonth<N>[] {
  const months = new Map<string, NoteMonth<N>>();
  for (const note of newestFirst(notes)) {
    const id = isoDay(note.date).slice(0, 7);
    const month = months.get(id) ?? { id, label: formatMonth(note.date), notes: [] };
    month.notes.push(note);
    months.set(id, month);
  }
  return [...months.values()];
}

/** An entry's data, as far as it names actors. */
interface ActorFields {
  actors?: readonly { id: string }[];
  owner?: { id: string };
  roles?: readonly { actor: { id: string } }[];
  responsible?: readonly { actor: { id: string } }[];
  partners?: readonly { actor: { id: string } }[];
}

/**
 * The actors a note on an entry concerns directly: a section's `actors` and
 * `owner`, a duty's `roles`, an intervention's `responsible` and `partners`,
 * an actor itself. Other entries concern no actor in particular.
 */
export function actorsOfEntry(collection: NotedCollection, id: string, data: ActorFields): string[] {
  const ids =
    collection === 'aktorer'
      ? [id]
      : [
          ...(data.actors ?? []).map((ref) => ref.id),
          ...(data.owner ? [data.owner.id] : []),
          ...assignedActors([...(data.roles ?? []), ...(data.responsible ?? []), ...(data.partners ?? [])]),
        ];
  return [...new Set(ids)];
}

/**
 * The notes that concern an actor: those naming it or a group it is part of,
 * so that a stadsdelsnämnd sees the changes to what all stadsdelsnämnder do.
 */
export function notesForActor<N extends { actors: readonly string[] }>(
  notes: readonly N[],
  actors: readonly Actor[],
  actorId: string,
): N[] {
  const lineage = actorLineage(actors, actorId);
  return notes.filter((note) => note.actors.some((id) => lineage.includes(id)));
}
