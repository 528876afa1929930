import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { changedFiles } from './changed-files.ts';

describe('following a folder that is still being written', () => {
  let folder: string;
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  const write = (file: string, age: number) => {
    mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    writeFileSync(path.join(folder, file), file);
    utimesSync(path.join(folder, file), new Date(), new Date(Date.now() - age));
  };
  const html = (file: string) => file.endsWith('.html');

  it('lists the settled files once, then only those written again, in subfolders too', () => {
    folder = mkdtempSync(path.join(tmpdir(), 'changed-'));
    write('a/index.html', 10_000);
    write('b/index.html', 0);
    write('a/bild.png', 10_000);
    const handled = new Map<string, number>();
    const first = changedFiles(folder, handled, html, Date.now() - 5_000);
    expect(first.map(({ file }) => file)).toEqual([path.join('a', 'index.html')]);
    for (const { file, mtimeMs } of first) handled.set(file, mtimeMs);

    expect(changedFiles(folder, handled, html).map(({ file }) => file)).toEqual([path.join('b', 'index.html')]);
    write('a/index.html', -60_000);
    expect(changedFiles(folder, handled, html).map(({ file }) => file)).toEqual([
      path.join('a', 'index.html'),
      path.join('b', 'index.html'),
    ]);
  });
});
