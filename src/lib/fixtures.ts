/** Small, hand-made entries for the unit tests of the relation logic. */
import type { Actor, Duty, Intervention, Section } from './relations.ts';

const updated = new Date('2026-11-26T00:00:00Z');
/** The date and change notes every entry has; the relation logic reads neither. */
const dated = { updated, changes: [] };
/** No workplaces or professions: the relation logic does not read them. */
const jobs = { workplaces: [], professions: [] };
const ref = <C extends 'aktorer' | 'ansvar' | 'dokument' | 'insatser'>(collection: C, id: string) => ({ collection, id });
/** An actor named by a quote (the quote ids need not exist here: the relation logic does not read them). */
const named = (id: string, basis = 'citat') => ({ actor: ref('aktorer', id), basis });

export const actors: Actor[] = [
  {
    id: 'kommunfullmaktige',
    data: { name: 'Kommunfullmäktige', abbreviation: 'KF', group: 'stadsledning', summary: 'Beslutar.', ...jobs, ...dated },
  },
  { id: 'stadsdelsnamnderna', data: { name: 'Stadsdelsnämnderna', group: 'stadsdelsnamnd', summary: 'Gruppen.', ...jobs, ...dated } },
  {
    id: 'bromma',
    data: {
      name: 'Bromma stadsdelsnämnd',
      group: 'stadsdelsnamnd',
      partOf: ref('aktorer', 'stadsdelsnamnderna'),
      summary: 'En av elva.',
      ...jobs,
      ...dated,
    },
  },
  { id: 'socialnamnden', data: { name: 'Socialnämnden', group: 'facknamnd', summary: 'Facknämnd.', ...jobs, ...dated } },
  { id: 'polisen', data: { name: 'Polisen', group: 'extern', summary: 'Extern.', ...jobs, ...dated } },
  { id: 'redex', data: { name: 'Redex', group: 'extern', summary: 'Extern.', ...jobs, ...dated } },
];

export const duties: Duty[] = [
  {
    id: 'nulagesrapport',
    data: {
      title: 'Sammanställa en nulägesrapport',
      order: 2,
      cadence: { value: 'vartannat-ar', basis: 'nulagesrapport' },
      produces: 'rapport',
      basedOn: [],
      roles: [
        { ...named('stadsdelsnamnderna', 'nulagesrapport'), role: 'medverkar' },
        { ...named('kommunfullmaktige', 'nulagesrapport'), role: 'tar-emot' },
      ],
      sources: [ref('dokument', 'remiss')],
      ...dated,
    },
  },
  {
    id: 'arlig-lagesbild',
    data: {
      title: 'Ta fram en årlig lägesbild',
      order: 1,
      cadence: { value: 'arligen', basis: 'lagesbild' },
      produces: 'lagesbild',
      basedOn: [],
      roles: [
        { ...named('stadsdelsnamnderna', 'lagesbild'), role: 'ansvarar' },
        { ...named('polisen', 'lagesbild'), role: 'medverkar' },
      ],
      sources: [ref('dokument', 'remiss')],
      ...dated,
    },
  },
];

export const interventions: Intervention[] = [
  {
    id: 'sociala-insatsgrupper',
    data: {
      title: 'Sociala insatsgrupper',
      summary: 'Samverkan kring unga.',
      kind: 'riktad',
      example: 'exempel-riktade',
      targetGroups: ['barn-och-unga'],
      targetBasis: ['riktade-malgrupper'],
      responsible: [named('stadsdelsnamnderna')],
      partners: [named('polisen')],
      sources: [ref('dokument', 'remiss')],
      ...dated,
    },
  },
  {
    id: 'samverkansmoten-med-redex',
    data: {
      title: 'Samverkansmöten med Redex',
      summary: 'Möten.',
      kind: 'riktad',
      example: 'exempel-riktade',
      targetGroups: ['sarbara-for-rekrytering'],
      targetBasis: ['riktade-malgrupper'],
      responsible: [named('socialnamnden')],
      partners: [named('redex'), named('stadsdelsnamnderna')],
      sources: [ref('dokument', 'remiss')],
      ...dated,
    },
  },
];

const section = (id: string, order: number, actorIds: string[], interventionIds: string[]): Section => ({
  id,
  data: {
    title: id,
    order,
    summary: 'Sammanfattning.',
    sources: [ref('dokument', 'remiss')],
    actors: actorIds.map((a) => ref('aktorer', a)),
    interventions: interventionIds.map((i) => ref('insatser', i)),
    owner: ref('aktorer', 'kommunfullmaktige'),
    ...dated,
  },
});

export const sections: Section[] = [
  section('uppfoljning', 10, ['kommunfullmaktige', 'stadsdelsnamnderna'], []),
  section('riktade-sociala-insatser', 6, ['stadsdelsnamnderna'], ['sociala-insatsgrupper']),
  section('inledning', 1, [], []),
];
