import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { readContent } from '../src/lib/content-source/source.ts';
import { formatFileSize } from '../src/lib/format.ts';
import { root } from './support/build.ts';
import { readExcelCsv } from './support/excel-csv.ts';
import { resolveLink } from './support/site-links.ts';

const siteDir = inject('siteDir');
const read = (file: string) => readFileSync(path.join(siteDir, file), 'utf8');
const content = readContent(root);
/** The ids of a collection's entries, from the content files themselves. */
const idsOf = (collection: string) =>
  content
    .filter((entry) => entry.collection === collection)
    .map((entry) => entry.id)
    .sort();

/** The JSON files under /data/ and the collection each is made from. */
const DATASETS = ['ansvar', 'aktorer', 'insatser', 'ordlista', 'dokument'] as const;
/** The CSV files under /data/ and their collection. */
const CSV_FILES = ['insatser', 'ordlista'] as const;

describe('the open data files', () => {
  it.each(DATASETS)('/data/%s.json is valid against its published JSON Schema, read by an independent validator', (name) => {
    const schema = JSON.parse(read(`data/${name}.schema.json`)) as { $id: string };
    const file = JSON.parse(read(`data/${name}.json`)) as { $schema: string; items: { id: string }[] };
    // ajv in strict mode: a keyword or format it does not know fails the compilation instead of being ignored.
    const ajv = addFormats(new Ajv2020({ strict: true, allErrors: true }));
    const validate = ajv.compile(schema);
    expect(validate(file), ajv.errorsText(validate.errors)).toBe(true);
    expect(file.$schema).toBe(schema.$id);
    expect(new URL(file.$schema).pathname).toBe(`/data/${name}.schema.json`);
    expect(file.items.map((item) => item.id).sort()).toEqual(idsOf(name));
  });

  it('is checked by a validator that rejects a file the schema does not allow', () => {
    const ajv = addFormats(new Ajv2020({ strict: true }));
    const validate = ajv.compile(JSON.parse(read('data/insatser.schema.json')));
    const file = JSON.parse(read('data/insatser.json')) as { items: { kind: { id: string }; page: string }[] };
    file.items[0]!.kind.id = 'okand';
    expect(validate(file)).toBe(false);
    file.items[0]!.kind.id = 'riktad';
    file.items[0]!.page = 'inte en adress';
    expect(validate(file)).toBe(false);
  });

  it.each(CSV_FILES)('/data/%s.csv opens in Swedish Excel: UTF-8 with BOM, semicolons, one row per entry with its id', (name) => {
    const csv = read(`data/${name}.csv`);
    expect(csv.startsWith('\uFEFFId;')).toBe(true);
    const rows = readExcelCsv(csv);
    const columns = rows[0]!.length;
    expect(columns).toBeGreaterThan(5);
    expect(rows.every((row) => row.length === columns)).toBe(true);
    expect(
      rows
        .slice(1)
        .map((row) => row[0])
        .sort(),
    ).toEqual(idsOf(name));
  });
});

describe('the page /data/', () => {
  // node-html-parser keeps a <pre> as raw text unless told otherwise; the examples' <code> is inside one.
  const page = parse(read('data/index.html'), { blockTextElements: { script: true, style: true } });
  const main = page.querySelector('main')!;
  const dataFiles = readdirSync(path.join(siteDir, 'data')).filter((file) => !file.endsWith('.gz') && file !== 'index.html');

  it('links to every file under /data/ and to the matrix as CSV, each link reaching its file', () => {
    const links = main.querySelectorAll('a[href]').map((a) => a.getAttribute('href')!);
    const files = links.map((href) => resolveLink(href, '/data/', siteDir)).flatMap((resolved) => (resolved.external ? [] : [resolved]));
    const listed = files.filter((resolved) => !resolved.pathname.endsWith('/'));
    expect(listed.filter((resolved) => !resolved.file).map((resolved) => resolved.pathname)).toEqual([]);
    expect(listed.map((resolved) => resolved.pathname).sort()).toEqual(
      [...dataFiles.map((file) => `/data/${file}`), '/ansvar/ansvarsmatris.csv'].sort(),
    );
    expect(dataFiles).toHaveLength(12);
  });

  it('states the size of each file as it was built', () => {
    const stated = main.querySelectorAll('li').flatMap((item) => {
      const link = item.querySelector('a[href$=".json"], a[href$=".csv"]');
      return link ? [[link.getAttribute('href')!, item.textContent] as const] : [];
    });
    expect(stated.length).toBe(dataFiles.length + 1);
    for (const [href, text] of stated) {
      const bytes = readFileSync(path.join(siteDir, href)).length;
      expect(text, href).toContain(formatFileSize(bytes));
    }
  });

  it('says plainly that no licence is stated and names the content owner, as long as the settings set none', () => {
    const settings = content.find((entry) => entry.collection === 'installningar')!.data as { dataLicense?: string };
    expect(settings.dataLicense).toBeUndefined();
    expect(main.textContent).toContain('Ingen licens är angiven för filerna.');
    expect(main.querySelector('a[href="/aktorer/stadsledningskontoret/"]')).not.toBeNull();
    for (const name of DATASETS) expect(JSON.parse(read(`data/${name}.json`))).toMatchObject({ license: null });
  });

  it('shows the absolute addresses of the files in its examples', () => {
    const codes = main.querySelectorAll('code').map((code) => code.text);
    const site = new URL(JSON.parse(read('data/insatser.json')).site as string);
    expect(codes).toContain(new URL('data/insatser.csv', site).href);
    expect(codes.some((code) => code.includes(`Invoke-RestMethod '${new URL('data/insatser.json', site).href}'`))).toBe(true);
  });

  it('is linked from the footer and from the matrix', () => {
    expect(page.querySelector('footer a[href="/data/"]')).not.toBeNull();
    expect(parse(read('ansvar/index.html')).querySelector('main a[href="/data/"]')).not.toBeNull();
  });
});
