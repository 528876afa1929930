import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listContent, readContent } from './source.ts';

let root: string;

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'source-'));
  mkdirSync(path.join(root, 'content/ordlista'), { recursive: true });
  writeFileSync(path.join(root, 'content/ordlista/radikalisering.yaml'), 'term: Radikalisering\n');
  // An editor's Markdown file among the glossary's YAML: the build would skip it.
  writeFileSync(path.join(root, 'content/ordlista/utkast.md'), '---\nterm: Utkast\n---\n');
  writeFileSync(path.join(root, 'content/ordlista/.DS_Store'), '');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('listContent', () => {
  it('lists the files that readContent reads, with the same ids and paths, without parsing them', () => {
    const listed = listContent(root, 'content', ['ordlista']);
    expect(listed).toEqual([
      { collection: 'ordlista', id: 'radikalisering', file: 'content/ordlista/radikalisering.yaml' },
      { collection: 'ordlista', id: 'utkast', file: 'content/ordlista/utkast.md', ignoredExtension: '.md' },
    ]);
    const read = readContent(root, 'content', ['ordlista']);
    expect(read.map(({ collection, id, file, ignoredExtension }) => ({ collection, id, file, ignoredExtension }))).toEqual(
      listed.map((file) => ({ ignoredExtension: undefined, ...file })),
    );
    expect(read[0]!.data).toEqual({ term: 'Radikalisering' });
  });
});
