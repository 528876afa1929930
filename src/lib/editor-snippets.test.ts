/**
 * The VS Code snippets for editors (`.vscode/innehall.code-snippets`): one per
 * editor component and one per kind of new file, each of which, expanded with
 * its defaults, is content the checker accepts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { problem } from '../i18n/problems.ts';
import { actorGroups, collectionFiles, documentKinds, interventionKinds, roles } from '../schemas.ts';
import { checkEntries } from './content-check/check.ts';
import { siteOptions } from './content-check/index.ts';
import { parseSource, readContent } from './content-source/source.ts';
import { editorComponentNames } from './editor-components.ts';
import { newEntryKinds, type NewEntryKind } from './new-entry.ts';

interface Snippet {
  scope: string;
  prefix: string[];
  body: string[];
  description: string;
}

const root = path.resolve(import.meta.dirname, '../..');
// VS Code's snippet files are JSON with trailing commas (as Prettier writes them), which is valid YAML.
const snippets = Object.values(parse(readFileSync(path.join(root, '.vscode/innehall.code-snippets'), 'utf8')) as Record<string, Snippet>);

/** The text a snippet inserts when the editor accepts every default: the first choice, the placeholder text, a fixed date. */
const expand = (snippet: Snippet) =>
  snippet.body
    .join('\n')
    .replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace('$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE', '2026-11-30')
    .replace(/\$\d+/g, '');

const componentSnippets = snippets.filter((snippet) => snippet.body[0]!.startsWith('<'));
const snippetOf = (kind: NewEntryKind) => snippets.find((snippet) => snippet.prefix.includes(kind));

/** Checks `added` together with the site's content, as the build would; returns the problems in the added files. */
function problemsWith(...added: ReturnType<typeof parseSource>[]) {
  const { problems } = checkEntries([...readContent(root), ...added], siteOptions(root));
  return problems.filter((item) => added.some((entry) => entry.file === item.file));
}

describe('the editors’ VS Code snippets', () => {
  it.each([...editorComponentNames])('has a snippet for <%s> in MDX files', (name) => {
    const own = componentSnippets.filter((snippet) => new RegExp(`^<${name}[ />]`).test(snippet.body[0]!));
    expect(own.length).toBeGreaterThan(0);
    expect(own.map((snippet) => snippet.scope)).toEqual(own.map(() => 'mdx'));
  });

  it('expands every component snippet to a use of the component whose props the checker knows', () => {
    const text = `---\ntitle: Snippets\nsummary: Alla komponenter.\nupdated: 2026-11-30\n---\n\n${componentSnippets.map(expand).join('\n\n')}\n`;
    expect(componentSnippets.length).toBeGreaterThanOrEqual(editorComponentNames.length);
    expect(problemsWith(parseSource('sidor', 'snippets', 'content/sidor/snippets.mdx', text))).toEqual([]);
  });

  it.each(Object.keys(newEntryKinds) as NewEntryKind[])('has a snippet for a new %s whose defaults the checker accepts', (kind) => {
    const snippet = snippetOf(kind);
    const collection = newEntryKinds[kind];
    const extension = path.extname(collectionFiles[collection].pattern);
    expect(snippet?.scope).toBe(extension === '.mdx' ? 'mdx' : 'yaml');
    const file = `content/${collectionFiles[collection].folder}/fran-snippet${extension}`;
    // A new intervention is listed in a section afterwards; until then the checker reminds of it, and nothing else.
    const expected = kind === 'insats' ? [{ file, line: 2, ...problem('intervention.unlisted', { id: 'fran-snippet' }) }] : [];
    expect(problemsWith(parseSource(collection, 'fran-snippet', file, expand(snippet!)))).toEqual(expected);
  });

  it('offers exactly the schema’s values where a field or prop has a fixed set', () => {
    const choices = (snippet: Snippet, key: string) =>
      snippet.body.flatMap((line) => new RegExp(`\\b${key}(?::|=")\\s*"?\\$\\{\\d+\\|([^|]+)\\|\\}`).exec(line)?.[1]!.split(',') ?? []);
    expect(choices(snippetOf('insats')!, 'kind')).toEqual([...interventionKinds]);
    expect(choices(snippetOf('dokument')!, 'kind')).toEqual([...documentKinds]);
    expect(choices(snippetOf('aktor')!, 'group')).toEqual([...actorGroups]);
    expect(choices(snippetOf('uppgift')!, 'role')).toEqual([...roles]);
    const insatser = componentSnippets.find((snippet) => snippet.body[0]!.startsWith('<Insatser'))!;
    expect(choices(insatser, 'typ')).toEqual([...interventionKinds]);
  });
});
