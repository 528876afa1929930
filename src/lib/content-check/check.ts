import { z } from 'astro/zod';
import { collectionNames, createSchemas, type CollectionName, type ReferenceFactory } from '../../schemas.ts';
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
import { buildSiteMap } from '../content-source/site-map.ts';
import type { SourceEntry, ValidEntry } from '../content-source/source.ts';
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
}

/**
 * Checks every content entry: file names, syntax of frontmatter and MDX,
 * schemas, references, duplicates, the components, links and images in MDX,
 * and personal data. Returns every problem found, not just the first.
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

  for (const entry of built) {
    if (entry.syntaxError) {
      problems.push(yamlSyntaxProblem(entry));
      continue;
    }
    const mdxError = entry.body ? parseBody(entry).error : undefined;
    if (mdxError) problems.push(mdxSyntaxProblem(entry, mdxError));
    const result = schemas[entry.collection].safeParse(entry.data, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) {
        const unknownKeys = issue.code === 'unrecognized_keys';
        const allowedKeys = unknownKeys ? keysAt(schemas[entry.collection], issue.path) : [];
        // An unknown field's own line is where the editor must look, not its parent's.
        const location = unknownKeys ? [...issue.path, issue.keys[0]!] : issue.path;
        problems.push({ file: entry.file, line: entry.lineOf(location), ...describeIssue(issue, allowedKeys) });
      }
      continue;
    }
    const data = result.data as Record<string, unknown>;
    problems.push(...referenceProblems(entry, data, ids));
    valid.push({ source: entry, data });
  }

  const readable = built.filter((entry) => !entry.syntaxError);
  const site = buildSiteMap(readable, valid, options.publicFiles);
  // With a document unreadable its quotes are unknown; its own error is enough, not one per citation.
  const documentsReadable = built.every((entry) => entry.collection !== 'dokument' || valid.some((item) => item.source === entry));
  const quotes = documentsReadable ? quoteIds(valid) : undefined;
  problems.push(
    ...duplicateProblems(valid),
    ...storedQuoteProblems(valid),
    ...(quotes ? citationProblems(valid, quotes) : []),
    ...componentProblems(readable, { ...ids, quotes }),
    ...unsafeMarkupProblems(readable),
    ...linkProblems(readable, site),
    ...imageProblems(readable, site),
    ...personalDataProblems(built),
  );
  return { problems, valid };
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
