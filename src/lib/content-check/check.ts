import { z } from 'astro/zod';
import { fieldHelp } from '../field-reference.ts';
import { collectionNames, createSchemas, type CollectionName, type ReferenceFactory } from '../../schemas.ts';
import { changeNoteProblems } from './change-notes.ts';
import { componentProblems } from './components.ts';
import { duplicateProblems } from './duplicates.ts';
import { fileProblems, routeProblems } from './files.ts';
import { imageProblems } from './images.ts';
import { linkProblems } from './links.ts';
import { parseBody } from '../content-source/mdx-tree.ts';
import { describeIssue } from './messages.ts';
import { personalDataProblems } from './personal-data.ts';
import type { ContentProblem } from './problem.ts';
import { citationProblems, quoteIds, storedQuoteProblems } from './quotes.ts';
import { referenceProblems } from './references.ts';
import { settingsProblems } from './settings.ts';
import { unsafeMarkupProblems } from './unsafe-markup.ts';
import { unlistedInterventionProblems } from './unlisted.ts';
import { buildSiteMap } from '../content-source/site-map.ts';
import type { ParsedEntry, SourceEntry, ValidEntry } from '../content-source/source.ts';
import { mdxSyntaxProblem, yamlSyntaxProblem } from './syntax.ts';

export { slugify } from './files.ts';

/** A reference that only records its target; the checker resolves it with better errors than Astro's. */
const recordReference: ReferenceFactory = (collection) =>
  z
    .string()
    .trim()
    .min(1)
    .transform((id) => ({ collection, id })) as never;

const schemas = createSchemas(recordReference);

/** What the checker needs to know about the site beyond `content/`. */
export interface CheckOptions {
  /** Files in `public/`, relative to it with forward slashes (`robots.txt`), which links may point to. */
  publicFiles?: readonly string[];
  /** First path segments of the site's own pages (`ordlista`, `sok`, …), which a page in `content/sidor/` may not take. */
  reservedSegments?: readonly string[];
  /** The day change notes may not be dated after; the real date unless a test pins one. */
  today?: Date;
}

/**
 * Checks every content entry: file names, syntax of frontmatter and MDX,
 * schemas, references, duplicates, the components, links and images in MDX,
 * and personal data. Returns every problem found, not just the first: in a
 * file whose frontmatter has errors, the MDX and the fields that passed are
 * checked too.
 */
export function checkEntries(
  entries: readonly SourceEntry[],
  options: CheckOptions = {},
): { problems: ContentProblem[]; valid: ValidEntry[] } {
  const problems: ContentProblem[] = [
    ...fileProblems(entries),
    ...routeProblems(entries, options.reservedSegments ?? []),
    ...settingsProblems(entries.filter((entry) => !entry.ignoredExtension)),
  ];
  // Files the build skips are reported above and not checked further.
  const built = entries.filter((entry) => !entry.ignoredExtension);
  const ids = idsByCollection(built);
  const valid: ValidEntry[] = [];
  // What the checks that read frontmatter work on: an entry with errors still has the fields that passed.
  const parsed: ParsedEntry[] = [];

  for (const entry of built) {
    const mdxError = entry.body ? parseBody(entry).error : undefined;
    if (mdxError) problems.push(mdxSyntaxProblem(entry, mdxError));
    if (entry.syntaxError) {
      problems.push(yamlSyntaxProblem(entry));
      continue;
    }
    const schema = schemas[entry.collection];
    const result = schema.safeParse(entry.data, { reportInput: true });
    if (!result.success) problems.push(...result.error.issues.map((issue) => issueProblem(entry, issue, ids)));
    const data = result.success ? (result.data as Record<string, unknown>) : fieldsThatParse(schema, entry.data);
    problems.push(...referenceProblems(entry, data, ids));
    parsed.push({ source: entry, data });
    if (result.success) valid.push({ source: entry, data });
  }

  const site = buildSiteMap(built, parsed, options.publicFiles);
  // Without a document's quotes the quote ids are unknown; the document's own error is enough, not one per citation.
  const quotesKnown = built.every(
    (entry) => entry.collection !== 'dokument' || parsed.some((item) => item.source === entry && item.data.quotes),
  );
  const quotes = quotesKnown ? quoteIds(parsed) : undefined;
  problems.push(
    ...duplicateProblems(parsed),
    ...storedQuoteProblems(parsed),
    ...(quotes ? citationProblems(parsed, quotes) : []),
    ...componentProblems(built, { ...ids, quotes }),
    ...unsafeMarkupProblems(built),
    ...linkProblems(built, site),
    ...imageProblems(built, site),
    ...personalDataProblems(built),
    ...unlistedInterventionProblems(built, valid),
    ...changeNoteProblems(parsed, options.today ?? new Date()),
  );
  return { problems, valid };
}

/** One schema issue as the editor's problem, at the line of the field, explained with the field reference. */
function issueProblem(entry: SourceEntry, issue: z.core.$ZodIssue, ids: Record<CollectionName, string[]>): ContentProblem {
  const unknownKeys = issue.code === 'unrecognized_keys';
  const allowedKeys = unknownKeys ? keysAt(schemas[entry.collection], issue.path) : [];
  // An unknown field's own line is where the editor must look, not its parent's.
  const location = unknownKeys ? [...issue.path, issue.keys[0]!] : issue.path;
  const help = fieldHelp(entry.collection, issue.path, ids);
  return { file: entry.file, line: entry.lineOf(location), ...describeIssue(issue, allowedKeys, help) };
}

/**
 * The top-level fields of `data` that pass their own schema, with their
 * defaults: what the checks can still read in an entry whose frontmatter has
 * errors, so that a wrong date does not hide an unknown actor in the same file.
 */
function fieldsThatParse(schema: z.ZodObject, data: unknown): Record<string, unknown> {
  const record = (data ?? {}) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(schema.shape).flatMap(([key, field]) => {
      const result = (field as z.ZodType).safeParse(record[key]);
      return result.success ? [[key, result.data]] : [];
    }),
  );
}

function idsByCollection(entries: readonly SourceEntry[]): Record<CollectionName, string[]> {
  const ids = Object.fromEntries(collectionNames.map((name) => [name, [] as string[]])) as Record<CollectionName, string[]>;
  for (const entry of entries) ids[entry.collection].push(entry.id);
  return ids;
}

/** The fields the object schema at `path` accepts, for "did you mean" hints. */
function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.ZodType | undefined = schema;
  for (const key of path) {
    current = unwrap(current);
    if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else if (current instanceof z.ZodObject) current = current.shape[String(key)] as z.ZodType | undefined;
    else return [];
  }
  current = unwrap(current);
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault) current = current.unwrap() as z.ZodType;
  return current;
}
