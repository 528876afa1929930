import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../scripts/generate-corpus.ts';
import { micromark, parseMdx, satteriSyntaxError } from './mdx-tree.ts';
import { readContent } from './source.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/** A tree without what only one parser adds: `data`, and the positions of JSX attributes, which Sätteri leaves out. */
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable);
  if (value === null || typeof value !== 'object') return value;
  const node = value as Record<string, unknown>;
  const attribute = String(node.type).startsWith('mdxJsxAttribute');
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, field]) => field !== undefined && key !== 'data' && !(attribute && key === 'position'))
      .map(([key, field]) => [key, comparable(field)]),
  );
}

const corpus = mkdtempSync(path.join(tmpdir(), 'mdx-tree-'));
afterAll(() => rmSync(corpus, { recursive: true, force: true }));

describe('the MDX parse the checker shares with the build', () => {
  // The checker walks Sätteri's trees with checks written for micromark's; both must read every body alike.
  it.each([
    ['the real content', () => root],
    [
      'a generated 300-page site (tables, footnotes, lists, links and every editor component)',
      () => {
        generateCorpus(path.join(corpus, 'content'), 300);
        return corpus;
      },
    ],
  ])('gives the same tree as micromark for %s', (_name, folder) => {
    const bodies = readContent(folder())
      .filter((entry) => entry.body && !entry.ignoredExtension)
      .map((entry) => entry.body);
    expect(bodies.length).toBeGreaterThan(50);
    for (const body of bodies) {
      const parsed = parseMdx(body);
      expect(parsed.error).toBeUndefined();
      expect(comparable(parsed.tree)).toEqual(comparable(micromark.parse(body)));
    }
  });

  it('words a syntax error with micromark, whose wording the Swedish messages are built on', () => {
    expect(parseMdx('Text.\n\n<Faktaruta rubrik="Bra att veta">\n\nInnehåll.\n').error).toEqual({
      line: 3,
      column: 1,
      reason: 'Expected a closing tag for `<Faktaruta>` (3:1-3:34)',
      ruleId: 'end-tag-mismatch',
    });
  });

  it('keeps a broken export line as an ESM node, which the component check reports', () => {
    expect(parseMdx('Text.\n\nexport const a = {\n').tree?.children.map((node) => node.type)).toEqual(['paragraph', 'mdxjsEsm']);
  });

  it('reads Sätteri’s own error, for a body only Sätteri rejects', () => {
    expect(
      satteriSyntaxError(
        new Error('24:1: Unexpected closing tag `</Faktaurta>`, expected `</Faktaruta>` (20:1) (mdx-jsx:unexpected-character)'),
      ),
    ).toEqual({
      line: 24,
      column: 1,
      reason: 'Unexpected closing tag `</Faktaurta>`, expected `</Faktaruta>` (20:1)',
      ruleId: 'mdx-jsx:unexpected-character',
    });
    expect(satteriSyntaxError('something else')).toEqual({ line: 1, column: 1, reason: 'something else', ruleId: '' });
  });
});
