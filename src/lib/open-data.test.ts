import { describe, expect, it } from 'vitest';
import { readExcelCsv } from '../../tests/support/excel-csv.ts';
import dataFields from '../i18n/data.sv.json' with { type: 'json' };
import type { DocumentData, TermData } from '../schemas.ts';
import { actors, duties, interventions, sections } from './fixtures.ts';
import { openDataCsvRows } from './open-data-csv.ts';
import { contentOwners, openData, openDataFiles, openDataJsonSchema, recordFields, type OpenDataSource } from './open-data.ts';
import type { Entry } from './relations.ts';

const ref = <C extends 'aktorer' | 'dokument' | 'ordlista'>(collection: C, id: string) => ({ collection, id });

const documents: Entry<DocumentData>[] = [
  {
    id: 'remiss',
    data: {
      title: 'Förslag till riktlinjer',
      kind: 'remiss',
      date: new Date('2024-02-29T00:00:00Z'),
      issuer: ref('aktorer', 'kommunfullmaktige'),
      description: 'Förslaget.',
      locator: 'Stadens diarium.',
      context: false,
      changes: [],
      text: 'Hela texten, som inte följer med.',
      quotes: ['nulagesrapport', 'lagesbild', 'exempel-riktade', 'riktade-malgrupper', 'citat'].map((id) => ({ id, text: `Citat ${id}.` })),
    },
  },
  {
    id: 'lag',
    data: {
      title: 'Lag (2023:196)',
      kind: 'lag',
      issuerName: 'Riksdagen',
      description: 'Lagen.',
      locator: 'Svensk författningssamling.',
      url: 'https://example.org/lag',
      context: true,
      changes: [],
      quotes: [],
    },
  },
];

const terms: Entry<TermData>[] = [
  {
    id: 'lagesbild',
    data: {
      term: 'lägesbild',
      definition: 'En samlad bild.',
      abbreviations: [],
      synonyms: ['kartläggning'],
      related: [ref('ordlista', 'vbe')],
      source: ref('dokument', 'lag'),
      changes: [],
    },
  },
  {
    id: 'vbe',
    data: {
      term: 'våldsbejakande extremism',
      definition: 'Ideologier som accepterar våld.',
      abbreviations: ['VBE'],
      synonyms: [],
      related: [],
      changes: [],
    },
  },
];

const source: OpenDataSource = {
  actors,
  duties,
  interventions,
  terms,
  documents,
  sections,
  settings: {},
  status: { state: 'forslag', title: 'Förslag, inte beslutade riktlinjer.' },
  updated: () => new Date('2026-11-26T12:00:00Z'),
  address: (path) => `https://intranat.example/riktlinjer${path}`,
};

const data = openData(source);
const item = <T extends { id: string }>(items: readonly T[], id: string) => items.find((entry) => entry.id === id)!;

describe('the open data', () => {
  it('states in every file where it comes from, when it changed, the guidelines’ status, that no licence is set, and whom to ask', () => {
    const { items, ...about } = data.insatser;
    expect(items).toHaveLength(interventions.length);
    expect(about).toEqual({
      $schema: 'https://intranat.example/riktlinjer/data/insatser.schema.json',
      title: 'Insatser',
      description: expect.stringContaining('Insatserna'),
      site: 'https://intranat.example/riktlinjer/',
      page: 'https://intranat.example/riktlinjer/insatser/',
      updated: '2026-11-26',
      status: { id: 'forslag', label: 'Förslag, inte beslutade riktlinjer.' },
      license: null,
      owners: [{ id: 'kommunfullmaktige', name: 'Kommunfullmäktige' }],
    });
  });

  it('gives the licence an editor sets in the settings', () => {
    expect(openData({ ...source, settings: { dataLicense: 'Fri att återanvända enligt CC0 1.0' } }).ordlista.license).toBe(
      'Fri att återanvända enligt CC0 1.0',
    );
  });

  it('gives each duty in matrix order with every role as ids beside the site’s words, each with its quote and document', () => {
    expect(data.ansvar.items.map((duty) => duty.id)).toEqual(['arlig-lagesbild', 'nulagesrapport']);
    expect(item(data.ansvar.items, 'nulagesrapport')).toEqual({
      id: 'nulagesrapport',
      title: 'Sammanställa en nulägesrapport',
      order: 2,
      cadence: {
        id: 'vartannat-ar',
        label: 'vartannat år',
        basis: {
          id: 'nulagesrapport',
          text: 'Citat nulagesrapport.',
          document: { id: 'remiss', title: 'Förslag till riktlinjer' },
          page: 'https://intranat.example/riktlinjer/dokument/remiss/#citat-nulagesrapport',
        },
      },
      produces: { id: 'rapport', label: 'rapport' },
      basedOn: [],
      roles: [
        expect.objectContaining({
          actor: { id: 'stadsdelsnamnderna', name: 'Stadsdelsnämnderna' },
          role: { id: 'medverkar', label: 'medverkar' },
        }),
        expect.objectContaining({
          actor: { id: 'kommunfullmaktige', name: 'Kommunfullmäktige' },
          role: { id: 'tar-emot', label: 'tar emot' },
        }),
      ],
      sources: [{ id: 'remiss', title: 'Förslag till riktlinjer' }],
      page: 'https://intranat.example/riktlinjer/ansvar/nulagesrapport/',
    });
  });

  it('writes null for what the content leaves out, so that every record has the same fields', () => {
    const polisen = item(data.aktorer.items, 'polisen');
    expect(polisen).toMatchObject({ abbreviation: null, partOf: null, contact: null, group: { id: 'extern', label: 'Externa aktörer' } });
    expect(item(data.aktorer.items, 'bromma').partOf).toEqual({ id: 'stadsdelsnamnderna', name: 'Stadsdelsnämnderna' });
    expect(item(data.ordlista.items, 'vbe').source).toBeNull();
    for (const records of [data.aktorer.items, data.ordlista.items, data.dokument.items]) {
      const fields = records.map((record) => Object.keys(record).join());
      expect(new Set(fields).size).toBe(1);
    }
  });

  it('names a document’s issuer by actor when it is one, by name otherwise, and gives the quotes but not the stored text', () => {
    expect(item(data.dokument.items, 'remiss')).toMatchObject({
      kind: { id: 'remiss', label: 'Remiss' },
      date: '2024-02-29',
      issuer: { id: 'kommunfullmaktige', name: 'Kommunfullmäktige' },
      designation: null,
      url: null,
    });
    expect(item(data.dokument.items, 'remiss').quotes).toContainEqual({ id: 'citat', text: 'Citat citat.' });
    expect(JSON.stringify(data.dokument)).not.toContain('Hela texten');
    expect(item(data.dokument.items, 'lag')).toMatchObject({ date: null, issuer: { id: null, name: 'Riksdagen' }, context: true });
  });

  it('gives an intervention its kind, target groups, responsible and partners with the quotes that name them', () => {
    expect(item(data.insatser.items, 'samverkansmoten-med-redex')).toMatchObject({
      kind: { id: 'riktad', label: 'Riktade sociala insatser' },
      targetGroups: [{ id: 'sarbara-for-rekrytering', label: 'personer som är sårbara för rekrytering eller radikalisering' }],
      targetBasis: [expect.objectContaining({ id: 'riktade-malgrupper' })],
      responsible: [{ actor: { id: 'socialnamnden', name: 'Socialnämnden' }, basis: expect.objectContaining({ id: 'citat' }) }],
      partners: [
        expect.objectContaining({ actor: { id: 'redex', name: 'Redex' } }),
        expect.objectContaining({ actor: { id: 'stadsdelsnamnderna', name: 'Stadsdelsnämnderna' } }),
      ],
      page: 'https://intranat.example/riktlinjer/insatser/samverkansmoten-med-redex/',
    });
    expect(item(data.ordlista.items, 'lagesbild')).toMatchObject({
      related: [{ id: 'vbe', term: 'våldsbejakande extremism' }],
      page: 'https://intranat.example/riktlinjer/ordlista/#lagesbild',
    });
  });

  it('names each section owner once, in reading order', () => {
    const owned = (id: string, order: number, owner: string) => ({
      ...sections[0]!,
      id,
      data: { ...sections[0]!.data, order, owner: ref('aktorer', owner) },
    });
    expect(contentOwners([owned('b', 2, 'polisen'), owned('a', 1, 'socialnamnden'), owned('c', 3, 'polisen')])).toEqual([
      'socialnamnden',
      'polisen',
    ]);
  });
});

describe('the JSON Schemas', () => {
  const schemas = (['ansvar', 'aktorer', 'insatser', 'ordlista', 'dokument'] as const).map((name) =>
    openDataJsonSchema(name, `https://x.example/${name}.schema.json`),
  );

  /** Every property of a JSON Schema, with its path and description. */
  const properties = (node: unknown, path = ''): { path: string; description?: string }[] => {
    if (typeof node !== 'object' || node === null) return [];
    const schema = node as { properties?: Record<string, { description?: string }>; items?: unknown; anyOf?: unknown[] };
    return [
      ...Object.entries(schema.properties ?? {}).flatMap(([name, child]) => [
        { path: `${path}.${name}`, ...(child.description ? { description: child.description } : {}) },
        ...properties(child, `${path}.${name}`),
      ]),
      ...[schema.items, ...(schema.anyOf ?? [])].flatMap((child) => properties(child, path)),
    ];
  };

  it('are generated from the Zod schemas, with their own address and a Swedish description on every field', () => {
    expect(schemas[2]).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: 'https://x.example/insatser.schema.json',
      title: 'Insatser',
    });
    const all = schemas.flatMap((schema) => properties(schema));
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter((property) => !property.description).map((property) => property.path)).toEqual([]);
  });

  it('use every description in src/i18n/data.sv.json', () => {
    const used = new Set(schemas.flatMap((schema) => properties(schema)).map((property) => property.description));
    expect(
      Object.entries(dataFields)
        .filter(([, text]) => !used.has(text))
        .map(([key]) => key),
    ).toEqual([]);
  });

  it('list the fields of each record in order', () => {
    expect(recordFields('ordlista')).toEqual(['id', 'term', 'definition', 'abbreviations', 'synonyms', 'related', 'source', 'page']);
  });
});

describe('the CSV files', () => {
  it('give one row per intervention, with the site’s words and lists joined by commas, and say when the source names nobody responsible', () => {
    const rows = openDataCsvRows.insatser(data);
    expect(rows[0]).toEqual(['Id', 'Insats', 'Beskrivning', 'Slag av insats', 'För vem', 'Ansvarar', 'Samverkan', 'Källor', 'Sida']);
    expect(rows.slice(1).map((row) => row[0])).toEqual(data.insatser.items.map((intervention) => intervention.id));
    expect(rows.find((row) => row[0] === 'samverkansmoten-med-redex')!.slice(3, 7)).toEqual([
      'Riktade sociala insatser',
      'personer som är sårbara för rekrytering eller radikalisering',
      'Socialnämnden',
      'Redex, Stadsdelsnämnderna',
    ]);
    const nobody = openData({
      ...source,
      interventions: [{ ...interventions[0]!, data: { ...interventions[0]!.data, responsible: [], targetGroups: [] } }],
    });
    expect(openDataCsvRows.insatser(nobody)[1]!.slice(4, 6)).toEqual([
      'Källan anger inte målgrupp.',
      'Förslaget anger inte vem som ansvarar för insatsen.',
    ]);
  });

  it('give one row per term, and parse back to the same rows as Swedish Excel reads them', () => {
    const files = openDataFiles(source);
    const csv = files.find((file) => file.path === '/data/ordlista.csv')!.body;
    expect(csv.startsWith('\uFEFFId;Begrepp;Förklaring;')).toBe(true);
    expect(readExcelCsv(csv)).toEqual(openDataCsvRows.ordlista(data));
    expect(readExcelCsv(csv)[1]).toEqual([
      'lagesbild',
      'lägesbild',
      'En samlad bild.',
      '',
      'kartläggning',
      'våldsbejakande extremism',
      'Lag (2023:196)',
      'https://intranat.example/riktlinjer/ordlista/#lagesbild',
    ]);
  });
});

describe('the published files', () => {
  const files = openDataFiles(source);

  it('are each dataset as JSON and its schema, and the interventions and glossary as CSV, under /data/', () => {
    expect(files.map((file) => file.path)).toEqual([
      '/data/ansvar.json',
      '/data/ansvar.schema.json',
      '/data/aktorer.json',
      '/data/aktorer.schema.json',
      '/data/insatser.json',
      '/data/insatser.csv',
      '/data/insatser.schema.json',
      '/data/ordlista.json',
      '/data/ordlista.csv',
      '/data/ordlista.schema.json',
      '/data/dokument.json',
      '/data/dokument.schema.json',
    ]);
    expect(JSON.parse(files[0]!.body)).toEqual(data.ansvar);
  });

  it('know their size in bytes as UTF-8, where å, ä and ö take two', () => {
    for (const file of files) expect(file.bytes, file.path).toBe(Buffer.byteLength(file.body, 'utf8'));
    expect(files[0]!.bytes).toBeGreaterThan(files[0]!.body.length);
  });
});
