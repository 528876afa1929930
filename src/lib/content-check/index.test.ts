import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PARSE_CACHE_FILE } from '../content-source/cache.ts';
import { checkContent, formatProblems } from './index.ts';
import { fixtures } from './test-content.ts';

let project = '';
beforeEach(() => {
  project = mkdtempSync(path.join(tmpdir(), 'riktlinjer-check-'));
  cpSync(path.join(fixtures, 'valid'), project, { recursive: true });
});
afterEach(() => rmSync(project, { recursive: true, force: true }));

/** Replaces `from` with `to` in one content file of the project. */
function edit(file: string, from: string, to: string) {
  const full = path.join(project, 'content', file);
  const text = readFileSync(full, 'utf8');
  expect(text).toContain(from);
  writeFileSync(full, text.replace(from, to));
}

const located = () => checkContent(project).problems.map((problem) => `${problem.file}:${problem.line} ${problem.message}`);

describe('checking content with the parse cache', () => {
  it('keeps what it parsed in node_modules/.cache/ for the next run', () => {
    expect(checkContent(project).problems).toEqual([]);
    expect(existsSync(path.join(project, PARSE_CACHE_FILE))).toBe(true);
  });

  it('reports the new error in a file changed by one byte since the last run', () => {
    expect(located()).toEqual([]);
    edit('riktlinjer/uppfoljning.mdx', 'term="lagesbild"', 'term="lagesbilt"');
    expect(located()).toEqual(['content/riktlinjer/uppfoljning.mdx:12 <Begrepp term="lagesbilt" />: Okänt begrepp "lagesbilt".']);
  });

  it('reports a link in an unchanged file that a change to another file broke', () => {
    expect(located()).toEqual([]);
    edit('riktlinjer/inledning.mdx', '## Mål', '## Syfte');
    expect(located()).toEqual([
      'content/riktlinjer/uppfoljning.mdx:12 Länken "/riktlinjer/inledning/#mål" leder till ankaret #mål, som inte finns på sidan /riktlinjer/inledning/.',
      'content/riktlinjer/uppfoljning.mdx:30 Länken "/riktlinjer/hela/#inledning--mål" leder till ankaret #inledning--mål, som inte finns på sidan /riktlinjer/hela/.',
    ]);
  });

  it('checks as if there were no cache when its file is corrupt', () => {
    edit('riktlinjer/uppfoljning.mdx', '## Så följs arbetet upp', '## Så följs <Faktaruta> arbetet upp');
    const withoutCache = formatProblems(checkContent(project).problems);
    expect(withoutCache).toContain('<Faktaruta>');
    writeFileSync(path.join(project, PARSE_CACHE_FILE), '{"version":');
    expect(formatProblems(checkContent(project).problems)).toBe(withoutCache);
  });
});
