import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { isCompressible, precompressFolder } from './precompress.ts';

let folder: string;
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const page =
  '<!doctype html><html lang="sv"><title>Nattvandring</title>' + '<p>Vuxna går ut i stadsdelen på kvällar och nätter.</p>'.repeat(20);

describe('precompressing the build', () => {
  it('writes a .gz beside each page, stylesheet and script that unpacks to the same bytes', async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'precompress-'));
    mkdirSync(path.join(folder, 'insatser/nattvandring'), { recursive: true });
    writeFileSync(path.join(folder, 'insatser/nattvandring/index.html'), page);
    writeFileSync(path.join(folder, 'style.css'), 'main { max-inline-size: 40rem; }\n'.repeat(20));
    expect(await precompressFolder(folder)).toBe(2);
    const gz = readFileSync(path.join(folder, 'insatser/nattvandring/index.html.gz'));
    expect(gunzipSync(gz).toString()).toBe(page);
    expect(existsSync(path.join(folder, 'style.css.gz'))).toBe(true);
  });

  it('on a second pass compresses only the files added or changed since the first', async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'precompress-'));
    const seen = new Map<string, number>();
    writeFileSync(path.join(folder, 'a.html'), page);
    writeFileSync(path.join(folder, 'b.html'), page);
    expect(await precompressFolder(folder, seen)).toBe(2);
    // Written later by another integration: one new file, one changed (a later modification time).
    writeFileSync(path.join(folder, 'c.json'), JSON.stringify({ text: page }));
    writeFileSync(path.join(folder, 'b.html'), `${page}<p>Ändrad.</p>`.repeat(2));
    utimesSync(path.join(folder, 'b.html'), new Date(), new Date(Date.now() + 60_000));
    expect(await precompressFolder(folder, seen)).toBe(2);
    expect(gunzipSync(readFileSync(path.join(folder, 'b.html.gz'))).toString()).toBe(`${page}<p>Ändrad.</p>`.repeat(2));
    expect(await precompressFolder(folder, seen)).toBe(0);
  });

  it('leaves files written at or after settledBefore for a later pass, as npm run build does while Astro writes', async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'precompress-'));
    const seen = new Map<string, number>();
    writeFileSync(path.join(folder, 'klar.html'), page);
    utimesSync(path.join(folder, 'klar.html'), new Date(), new Date(Date.now() - 10_000));
    // Still being written, as far as the pass can tell.
    writeFileSync(path.join(folder, 'pagaende.html'), page);
    expect(await precompressFolder(folder, seen, Date.now() - 5_000)).toBe(1);
    expect(existsSync(path.join(folder, 'pagaende.html.gz'))).toBe(false);
    expect(await precompressFolder(folder, seen)).toBe(1);
    expect(gunzipSync(readFileSync(path.join(folder, 'pagaende.html.gz'))).toString()).toBe(page);
  });

  it('leaves tiny files, Pagefind’s already compressed index files and Astro’s server build uncompressed', async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'precompress-'));
    writeFileSync(path.join(folder, 'robots.txt'), 'User-agent: *\n');
    writeFileSync(path.join(folder, 'sv_1a2b.pf_fragment'), page);
    // Astro's server build, still in the output folder while the pages are written, and removed after.
    mkdirSync(path.join(folder, '.prerender/chunks'), { recursive: true });
    writeFileSync(path.join(folder, '.prerender/chunks/page.mjs'), page);
    expect(await precompressFolder(folder)).toBe(0);
    expect(isCompressible('pagefind/wasm.sv.pagefind')).toBe(false);
    expect(isCompressible('pagefind/pagefind.js')).toBe(true);
    expect(isCompressible('ansvar/ansvarsmatris.csv')).toBe(true);
  });
});
