import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
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

  it('leaves tiny files, and Pagefind’s already compressed index files, uncompressed', async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'precompress-'));
    writeFileSync(path.join(folder, 'robots.txt'), 'User-agent: *\n');
    writeFileSync(path.join(folder, 'sv_1a2b.pf_fragment'), page);
    expect(await precompressFolder(folder)).toBe(0);
    expect(isCompressible('pagefind/wasm.sv.pagefind')).toBe(false);
    expect(isCompressible('pagefind/pagefind.js')).toBe(true);
    expect(isCompressible('ansvar/ansvarsmatris.csv')).toBe(true);
  });
});
