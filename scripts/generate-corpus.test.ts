import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from '../src/lib/content-check/index.ts';
import { generateCorpus } from './generate-corpus.ts';

const folders: string[] = [];
const project = () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'corpus-'));
  folders.push(folder);
  return folder;
};
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

describe('the generated corpus for the bench', () => {
  it('passes the content checker, so the build accepts it as editors’ content', () => {
    const root = project();
    const size = generateCorpus(path.join(root, 'content'), 300);
    const { problems } = checkContent(root);
    expect(formatProblems(problems)).toBe(formatProblems([]));
    expect(size.pages).toBe(300);
    expect(size.sections).toBeGreaterThan(size.interventions);
  });

  it('writes the same files for the same size and seed', () => {
    const [first, second] = [project(), project()];
    generateCorpus(first, 200);
    generateCorpus(second, 200);
    const files = (root: string) => readdirSync(root, { recursive: true, encoding: 'utf8' }).sort();
    expect(files(second)).toEqual(files(first));
    for (const file of files(first).filter((name) => name.includes('.')))
      expect(readFileSync(path.join(second, file), 'utf8')).toBe(readFileSync(path.join(first, file), 'utf8'));
  });
});
