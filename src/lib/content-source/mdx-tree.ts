import type { Nodes, Root } from 'mdast';
import path from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { mdxToMdast } from 'satteri';
import { unified } from 'unified';
import { PARSE_CACHE_FILE, ParseCache, parserVersion } from './cache.ts';
import type { SourceEntry } from './source.ts';

/** Where the MDX parser stopped, in the body's own lines, and why (its English reason and rule id). */
export interface MdxSyntaxError {
  line: number;
  column: number;
  reason: string;
  ruleId: string;
}

/** An MDX body parsed the way Astro's MDX integration parses it, or the error that stopped the parser. */
export type ParsedBody = { tree: Root; error?: undefined } | { tree?: undefined; error: MdxSyntaxError };

// Sätteri is the parser Astro's MDX integration compiles with (astro.config.mjs): MDX (JSX, expressions,
// import/export) plus GFM tables, footnotes, strikethrough and autolinks. It parses in Rust, about ten times as fast
// as micromark, into the same mdast trees (`src/lib/content-source/mdx-tree.test.ts` compares them). Its tree is
// plain JSON, which the cache between runs stores.
const SATTERI = { features: { frontmatter: false } } as const;
// Sätteri leaves `import`/`export` lines unparsed (the compile reads them); the checker reports every one of them
// anyway (`content-check/components.ts`), since editors import nothing.
// micromark words its syntax errors in a way the checker turns into Swedish help (`content-check/mdx-syntax.ts`), so
// a body Sätteri rejects is parsed again with it for the error. Acorn's syntax tree is not needed (`addResult`).
export const micromark = unified().use(remarkParse).use(remarkMdx, { addResult: false }).use(remarkGfm);
const parsedBodies = new WeakMap<SourceEntry, ParsedBody>();

/**
 * Parses an entry's MDX body once and remembers the result, so every check
 * (components, links, images, readability) walks the same tree. Positions in
 * the tree are lines of the body; add `entry.bodyLine - 1` for the file's line.
 */
export function parseBody(entry: SourceEntry): ParsedBody {
  let parsed = parsedBodies.get(entry);
  if (!parsed) {
    parsed = parseMdx(entry.body);
    parsedBodies.set(entry, parsed);
  }
  return parsed;
}

/** A value read back from the cache that has the shape of a `ParsedBody`. */
const isParsedBody = (value: unknown): value is ParsedBody => {
  const parsed = value as Partial<Record<'tree' | 'error', { type?: unknown; reason?: unknown }>> | null;
  return parsed?.tree?.type === 'root' || typeof parsed?.error?.reason === 'string';
};

/** The cache of parsed MDX bodies of the project at `rootDir`, in `PARSE_CACHE_FILE`. */
export function bodyCache(rootDir: string): ParseCache<ParsedBody> {
  return new ParseCache({
    file: path.join(rootDir, PARSE_CACHE_FILE),
    version: parserVersion(rootDir),
    parse: parseMdx,
    isResult: isParsedBody,
  });
}

/**
 * Parses the MDX bodies of `entries` that the build reads through `cache`, so
 * that a body parsed on an earlier run with the same text is not parsed again;
 * `parseBody` then returns these results.
 */
export function parseBodies(entries: readonly SourceEntry[], cache: ParseCache<ParsedBody>): void {
  for (const entry of entries) if (entry.body && !entry.ignoredExtension) parsedBodies.set(entry, cache.get(entry.body));
}

/** Parses MDX text; never throws. */
export function parseMdx(text: string): ParsedBody {
  try {
    return { tree: mdxToMdast(text, SATTERI) as Root };
  } catch (satteriError) {
    return micromarkError(text) ?? { error: satteriSyntaxError(satteriError) };
  }
}

/** micromark's syntax error in `text`, or nothing when micromark reads it. */
function micromarkError(text: string): ParsedBody | undefined {
  try {
    micromark.parse(text);
    return undefined;
  } catch (error) {
    const message = error as { line?: number; column?: number; reason?: string; ruleId?: string; message?: string };
    const reason = message.reason ?? message.message ?? String(error);
    // "Expected a closing tag for `<X>` (3:1-3:23)" names the opening tag, which is where the editor must look.
    const opening = /\((\d+):(\d+)-/.exec(reason);
    const useOpening = reason.startsWith('Expected a closing tag') && opening;
    return {
      error: {
        line: useOpening ? Number(opening[1]) : (message.line ?? 1),
        column: useOpening ? Number(opening[2]) : (message.column ?? 1),
        reason,
        ruleId: message.ruleId ?? '',
      },
    };
  }
}

/** Sätteri's own error, for the rare body it rejects and micromark reads: "12:4: Unexpected … (mdx-jsx:rule)". */
export function satteriSyntaxError(error: unknown): MdxSyntaxError {
  const message = error instanceof Error ? error.message : String(error);
  const [, line, column, reason, ruleId] = /^(\d+):(\d+): ([\s\S]*?)(?: \(([\w:-]+)\))?$/.exec(message) ?? [];
  return { line: Number(line ?? 1), column: Number(column ?? 1), reason: reason ?? message, ruleId: ruleId ?? '' };
}

/** The file line of a node's start, given the line of the body's first line. */
export function fileLine(entry: SourceEntry, node: { position?: { start: { line: number } } | undefined }): number {
  return entry.bodyLine + (node.position?.start.line ?? 1) - 1;
}

/**
 * Walks every node of every entry's MDX body that parses, with the node's line
 * in the file: the one loop the checks that read MDX share.
 */
export function visitBodies(entries: readonly SourceEntry[], visitor: (node: Nodes, entry: SourceEntry, line: number) => void): void {
  for (const entry of entries) {
    const { tree } = entry.body ? parseBody(entry) : {};
    if (tree) walk(tree, (node) => visitor(node, entry, fileLine(entry, node)));
  }
}

/**
 * Calls `visitor` on `node` and every node below it, parents before children,
 * in document order. A plain walk: the checks need neither the parents nor a
 * way to skip, and unist-util-visit's bookkeeping made it a third of a check.
 */
function walk(node: Nodes, visitor: (node: Nodes) => void): void {
  visitor(node);
  if ('children' in node) for (const child of node.children) walk(child, visitor);
}
