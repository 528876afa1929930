import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { collectionNames } from '../schemas.ts';
import problems from './problems.sv.json' with { type: 'json' };

const root = path.resolve(import.meta.dirname, '../..');
const keys = Object.keys(problems);

/** Keys whose name is built in code, so their full text appears nowhere in the source. */
const DYNAMIC_KEYS: Record<string, string> = Object.fromEntries(
  collectionNames.flatMap((collection) => [
    [`noun.unknown.${collection}`, 'references.ts builds `noun.unknown.${ref.collection}`'],
    [`noun.files.${collection}`, 'files.ts builds `noun.files.${entry.collection}`'],
  ]),
);

/** Rules with a message but no fix of their own, and where their fix comes from. */
const MESSAGE_ONLY: Record<string, string> = {
  'link.missingAnchor': 'the fix is the target page’s anchor hint (`link.anchorHint.*`), chosen in site-map.ts',
};

/** Every source file (not tests) under `directory`, relative to the project root. */
function sourceFiles(directory: string, extensions = /\.(ts|astro|mjs|js)$/): string[] {
  return readdirSync(path.join(root, directory), { recursive: true, withFileTypes: true })
    .filter((item) => item.isFile() && extensions.test(item.name) && !item.name.endsWith('.test.ts'))
    .map((item) => path.relative(root, path.join(item.parentPath, item.name)));
}

/** Every string literal and template part in a TypeScript file, with its line; comments are not literals. */
function stringLiterals(file: string): { line: number; text: string }[] {
  const source = ts.createSourceFile(file, readFileSync(path.join(root, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const found: { line: number; text: string }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) {
      found.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.text });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('problems.sv.json', () => {
  it('uses every key somewhere in src/, scripts/ or astro.config.mjs', () => {
    const code = [...sourceFiles('src'), ...sourceFiles('scripts'), 'astro.config.mjs']
      .map((file) => readFileSync(path.join(root, file), 'utf8'))
      .join('\n');
    const quoted = (text: string) => [`'${text}'`, `"${text}"`, `\`${text}\``].some((literal) => code.includes(literal));
    // `problem(rule)` reads `<rule>.message` and `<rule>.fix`, so a quoted rule uses both.
    const rule = (key: string) => /^(.*)\.(message|fix)$/.exec(key)?.[1];
    const unused = keys.filter((key) => !quoted(key) && !(rule(key) && quoted(rule(key)!)) && !(key in DYNAMIC_KEYS));
    expect(unused).toEqual([]);
  });

  it('lists only dynamic keys that exist', () => {
    expect(Object.keys(DYNAMIC_KEYS).filter((key) => !keys.includes(key))).toEqual([]);
  });

  it('has a fix for every message', () => {
    const missingFix = keys
      .filter((key) => key.endsWith('.message'))
      .map((key) => key.slice(0, -'.message'.length))
      .filter((rule) => !keys.includes(`${rule}.fix`) && !(rule in MESSAGE_ONLY));
    expect(missingFix).toEqual([]);
  });

  it('names keys as dot-separated lowerCamel segments, like sv.json', () => {
    expect(keys.filter((key) => !/^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)*$/.test(key))).toEqual([]);
  });
});

describe('Swedish text in the content checker and the build', () => {
  // The messages live in problems.sv.json; a Swedish literal in this code is a message that escaped it.
  const files = [
    ...sourceFiles('src/lib/content-check', /\.ts$/),
    ...sourceFiles('src/lib/content-source', /\.ts$/),
    ...sourceFiles('src/integrations', /\.ts$/),
    'src/lib/editor-components.ts',
    'src/lib/new-entry-templates.ts',
    'src/lib/search/fragments.ts',
    'scripts/build.ts',
  ];

  it('finds the files it guards', () => {
    expect(files).toContain(path.join('src/lib/content-check', 'messages.ts'));
    expect(files).toContain(path.join('src/lib/content-source', 'site-map.ts'));
    expect(files).toContain(path.join('src/integrations', 'search-index.ts'));
  });

  it('has no string literal with å, ä or ö outside problems.sv.json', () => {
    const swedish = files.flatMap((file) =>
      stringLiterals(file)
        .filter(({ text }) => /[åäöÅÄÖ]/.test(text))
        .map(({ line, text }) => `${file}:${line}: ${text}`),
    );
    expect(swedish).toEqual([]);
  });
});
