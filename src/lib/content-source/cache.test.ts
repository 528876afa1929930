import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkFixtureEntries, contentWith, fixtures, report } from '../content-check/test-content.ts';
import { formatProblems } from '../content-check/problem.ts';
import { ParseCache } from './cache.ts';
import { parseBodies, parseMdx, type ParsedBody } from './mdx-tree.ts';

let folder = '';
let file = '';
beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'riktlinjer-cache-'));
  file = path.join(folder, 'cache', 'parsed.json');
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** A cache of text lengths that counts how often it really parsed. */
function lengthCache(version = '1') {
  const parsed: string[] = [];
  const cache = new ParseCache({
    file,
    version,
    parse: (text) => {
      parsed.push(text);
      return { length: text.length };
    },
    isResult: (value): value is { length: number } => typeof (value as { length?: unknown } | null)?.length === 'number',
  });
  return { cache, parsed };
}

/** A cache of MDX bodies in `file` that records the bodies it really parsed. */
function bodyCacheCounting() {
  const parsed: string[] = [];
  const cache = new ParseCache<ParsedBody>({
    file,
    version: '1',
    parse: (text) => {
      parsed.push(text);
      return parseMdx(text);
    },
    isResult: (value): value is ParsedBody => typeof value === 'object' && value !== null,
  });
  return { cache, parsed };
}

describe('the parse cache between runs', () => {
  it('parses a text once, and on the next run takes it from the cache file', () => {
    const first = lengthCache();
    expect(first.cache.get('Nattvandring')).toEqual({ length: 12 });
    first.cache.save();

    const second = lengthCache();
    expect(second.cache.get('Nattvandring')).toEqual({ length: 12 });
    expect([...first.parsed, ...second.parsed]).toEqual(['Nattvandring']);
  });

  it('parses a text that changed by one character again', () => {
    const first = lengthCache();
    first.cache.get('Nattvandring');
    first.cache.save();

    const second = lengthCache();
    expect(second.cache.get('Nattvandringar')).toEqual({ length: 14 });
    expect(second.parsed).toEqual(['Nattvandringar']);
  });

  it('parses everything again when the parser’s version changed', () => {
    const first = lengthCache('1');
    first.cache.get('Nattvandring');
    first.cache.save();

    const second = lengthCache('2');
    second.cache.get('Nattvandring');
    expect(second.parsed).toEqual(['Nattvandring']);
  });

  it('ignores a cache file that is not JSON, and writes a good one in its place', () => {
    const first = lengthCache();
    first.cache.get('Nattvandring');
    first.cache.save();
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 20));

    const second = lengthCache();
    expect(second.cache.get('Nattvandring')).toEqual({ length: 12 });
    expect(second.parsed).toEqual(['Nattvandring']);
    second.cache.save();
    expect(lengthCache().cache.get('Nattvandring')).toEqual({ length: 12 });
    expect(readdirSync(path.dirname(file))).toEqual(['parsed.json']);
  });

  it('ignores a stored result of the wrong shape', () => {
    const first = lengthCache();
    first.cache.get('Nattvandring');
    first.cache.save();
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { results: Record<string, unknown> };
    for (const key of Object.keys(stored.results)) stored.results[key] = { characters: 12 };
    writeFileSync(file, JSON.stringify(stored));

    const second = lengthCache();
    expect(second.cache.get('Nattvandring')).toEqual({ length: 12 });
    expect(second.parsed).toEqual(['Nattvandring']);
  });

  it('keeps only the results the last run used, so the file does not grow with every edit', () => {
    const first = lengthCache();
    first.cache.get('Nattvandring');
    first.cache.get('Mentorskap');
    first.cache.save();
    const second = lengthCache();
    second.cache.get('Mentorskap');
    second.cache.save();

    const third = lengthCache();
    third.cache.get('Nattvandring');
    expect(third.parsed).toEqual(['Nattvandring']);
  });
});

describe('MDX bodies through the cache', () => {
  it('parses no body of an unchanged tree on the next run', () => {
    const first = bodyCacheCounting();
    parseBodies(contentWith(), first.cache);
    first.cache.save();
    expect(first.parsed.length).toBeGreaterThan(5);

    const second = bodyCacheCounting();
    parseBodies(contentWith(), second.cache);
    expect(second.parsed).toEqual([]);
  });

  const malformedFolders = readdirSync(fixtures).filter((name) => name !== 'valid');

  it('finds the malformed fixtures', () => {
    expect(malformedFolders.length).toBeGreaterThan(40);
  });

  it.each(malformedFolders)('reports %s byte for byte the same from the cache as when parsed', (malformed) => {
    const first = bodyCacheCounting();
    parseBodies(contentWith(malformed), first.cache);
    first.cache.save();

    const second = bodyCacheCounting();
    const entries = contentWith(malformed);
    parseBodies(entries, second.cache);
    expect(second.parsed).toEqual([]);
    expect(formatProblems(checkFixtureEntries(entries).problems)).toBe(report(malformed));
  });
});
