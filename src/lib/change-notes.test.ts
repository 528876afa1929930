import { describe, expect, it } from 'vitest';
import {
  actorsOfEntry,
  editorialDays,
  newestFirst,
  noteLink,
  notePage,
  notesByMonth,
  notesForActor,
  pageChanges,
  siteNotes,
} from './change-notes.ts';
import type { Actor } from './relations.ts';

/** A note on a day written YYYY-MM-DD, as the schema gives it: midnight UTC. */
const note = (day: string, text = day) => ({ date: new Date(`${day}T00:00:00Z`), text });
const days = (dates: readonly Date[]) => dates.map((date) => date.toISOString());

describe('the order of change notes', () => {
  it('lists notes newest first, and notes of one day in the order they were written', () => {
    const notes = [note('2026-03-02', 'a'), note('2026-11-26', 'b'), note('2026-03-02', 'c'), note('2026-05-03', 'd')];
    expect(newestFirst(notes).map((item) => item.text)).toEqual(['b', 'd', 'a', 'c']);
  });

  it('groups notes by month, newest month first, with the month named in Swedish', () => {
    const months = notesByMonth([note('2026-05-03', 'maj'), note('2026-11-26', 'nov 26'), note('2026-11-02', 'nov 2')]);
    expect(months.map(({ id, label, notes }) => [id, label, notes.map((item) => item.text)])).toEqual([
      ['2026-11', 'november 2026', ['nov 26', 'nov 2']],
      ['2026-05', 'maj 2026', ['maj']],
    ]);
  });
});

describe('editorial changes: days with commits but no note', () => {
  it('shows a day with commits and no note once, newest first', () => {
    const commits = [
      new Date('2026-05-03T08:00:00Z'),
      new Date('2026-11-26T09:00:00Z'),
      new Date('2026-05-03T15:00:00Z'),
      new Date('2026-11-26T10:00:00Z'),
    ];
    expect(days(editorialDays(commits, []).days)).toEqual(['2026-11-26T10:00:00.000Z', '2026-05-03T15:00:00.000Z']);
  });

  it('counts a day with a note as noted, not editorial', () => {
    const commits = [new Date('2026-11-26T09:00:00Z'), new Date('2026-05-03T08:00:00Z')];
    expect(days(editorialDays(commits, [note('2026-11-26')]).days)).toEqual(['2026-05-03T08:00:00.000Z']);
  });

  it('takes the day in Stockholm: 23:30 UTC on 2 March is 3 March in winter, 22:30 UTC on 2 July is 3 July in summer', () => {
    expect(editorialDays([new Date('2026-03-02T23:30:00Z')], [note('2026-03-03')]).days).toEqual([]);
    expect(editorialDays([new Date('2026-03-02T23:30:00Z')], [note('2026-03-02')]).days).toHaveLength(1);
    expect(editorialDays([new Date('2026-07-02T22:30:00Z')], [note('2026-07-03')]).days).toEqual([]);
    expect(editorialDays([new Date('2026-07-02T21:30:00Z')], [note('2026-07-03')]).days).toHaveLength(1);
  });

  it('keeps the newest days and counts the older ones it leaves out', () => {
    const commits = ['01', '02', '03', '04', '05', '06', '07'].map((month) => new Date(`2026-${month}-10T12:00:00Z`));
    const { days: shown, older } = editorialDays(commits, [], 5);
    expect(shown.map((date) => date.toISOString().slice(0, 7))).toEqual(['2026-07', '2026-06', '2026-05', '2026-04', '2026-03']);
    expect(older).toBe(2);
    expect(editorialDays(commits.slice(0, 5), [], 5).older).toBe(0);
  });
});

describe('where a note leads', () => {
  it('links to the heading it concerns on the entry’s page, or to the page', () => {
    expect(noteLink('ansvar', 'arlig-lagesbild', 'vad-lagen-kräver')).toBe('/ansvar/arlig-lagesbild/#vad-lagen-kräver');
    expect(noteLink('riktlinjer', 'inledning')).toBe('/riktlinjer/inledning/');
    expect(noteLink('sidor', 'om/redigera')).toBe('/om/redigera/');
  });

  it('puts a term’s notes on the glossary and links to the term', () => {
    expect(notePage('ordlista', 'lagesbild')).toBe('/ordlista/');
    expect(noteLink('ordlista', 'lagesbild')).toBe('/ordlista/#lagesbild');
  });
});

describe('the actors a note concerns', () => {
  const ref = (id: string) => ({ id });
  const assigned = (id: string) => ({ actor: ref(id) });

  it('takes a section’s actors and owner, a duty’s roles, an intervention’s responsible and partners, and an actor itself', () => {
    expect(actorsOfEntry('riktlinjer', 'x', { actors: [ref('polisen'), ref('ks')], owner: ref('ks') })).toEqual(['polisen', 'ks']);
    expect(actorsOfEntry('ansvar', 'x', { roles: [assigned('stadsdelsnamnderna'), assigned('ks')] })).toEqual(['stadsdelsnamnderna', 'ks']);
    expect(actorsOfEntry('insatser', 'x', { responsible: [assigned('socialnamnden')], partners: [assigned('polisen')] })).toEqual([
      'socialnamnden',
      'polisen',
    ]);
    expect(actorsOfEntry('aktorer', 'polisen', {})).toEqual(['polisen']);
    expect(actorsOfEntry('ordlista', 'lagesbild', {})).toEqual([]);
  });

  it('gives a member of a group the notes that concern the group, but not the other way round', () => {
    const actor = (id: string, partOf?: string) => ({ id, data: { partOf: partOf && ref(partOf) } }) as unknown as Actor;
    const actors = [actor('stadsdelsnamnderna'), actor('bromma', 'stadsdelsnamnderna'), actor('polisen')];
    const notes = [
      { text: 'gruppen', actors: ['stadsdelsnamnderna'] },
      { text: 'bromma', actors: ['bromma'] },
      { text: 'polisen', actors: ['polisen'] },
    ];
    expect(notesForActor(notes, actors, 'bromma').map((item) => item.text)).toEqual(['gruppen', 'bromma']);
    expect(notesForActor(notes, actors, 'stadsdelsnamnderna').map((item) => item.text)).toEqual(['gruppen']);
    expect(notesForActor(notes, actors, 'polisen').map((item) => item.text)).toEqual(['polisen']);
  });
});

describe('notes as the site shows them', () => {
  const duty = {
    collection: 'ansvar' as const,
    id: 'arlig-lagesbild',
    title: 'Ta fram en årlig lägesbild',
    data: {
      roles: [{ actor: { id: 'stadsdelsnamnderna' } }],
      changes: [
        { ...note('2026-11-26', 'Lagens krav förtydligade'), heading: 'vad-lagen-kräver' },
        note('2026-11-26', 'Rollerna förtydligade'),
        note('2026-05-03', 'Första anteckningen'),
      ],
    },
  };
  const headings = (anchor: string) => ({ 'vad-lagen-kräver': 'Vad lagen kräver' })[anchor];

  it('gives each note its entry, kind, link, heading text and actors, newest first', () => {
    expect(siteNotes(duty, headings)[0]).toEqual({
      date: new Date('2026-11-26T00:00:00Z'),
      text: 'Lagens krav förtydligade',
      id: 'andring-2026-11-26-ansvar-arlig-lagesbild',
      title: 'Ta fram en årlig lägesbild',
      type: 'uppgift',
      page: '/ansvar/arlig-lagesbild/',
      path: '/ansvar/arlig-lagesbild/#vad-lagen-kräver',
      heading: 'Vad lagen kräver',
      actors: ['stadsdelsnamnderna'],
    });
  });

  it('gives two notes of one entry and day ids of their own, stable in the order they were written', () => {
    expect(siteNotes(duty, headings).map((item) => item.id)).toEqual([
      'andring-2026-11-26-ansvar-arlig-lagesbild',
      'andring-2026-11-26-ansvar-arlig-lagesbild-2',
      'andring-2026-05-03-ansvar-arlig-lagesbild',
    ]);
    const page = { collection: 'sidor' as const, id: 'om/redigera', title: 'Redigera', data: { changes: [note('2026-11-26')] } };
    expect(siteNotes(page, () => undefined)[0]!.id).toBe('andring-2026-11-26-sidor-om-redigera');
  });

  it('puts a page’s notes and its editorial days together: a day with a note is not editorial', () => {
    const history = {
      updated: new Date('2026-11-26T10:00:00Z'),
      commits: [new Date('2026-11-26T10:00:00Z'), new Date('2026-06-01T10:00:00Z')],
    };
    const changes = pageChanges(history, siteNotes(duty, headings), false);
    expect(changes.notes).toHaveLength(3);
    expect(days(changes.editorial.days)).toEqual(['2026-06-01T10:00:00.000Z']);
    expect(changes.updated).toBe(history.updated);
  });
});
