import { z } from 'astro/zod';
import { collectionNames, createSchemas, type CollectionName, type ReferenceFactory, type Ref } from '../../schemas.ts';
import { componentProblems } from './components.ts';
import { describeIssue } from './messages.ts';
import { fieldName, type ContentProblem } from './problem.ts';
import type { SourceEntry } from './source.ts';
import { closest } from './suggest.ts';

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What an entry of each collection is called in messages. */
const ENTRY_NOUN: Record<CollectionName, string> = {
  dokument: 'dokument',
  aktorer: 'aktör',
  ordlista: 'begrepp',
  insatser: 'insats',
  ansvar: 'uppgift',
  riktlinjer: 'avsnitt',
  sidor: 'sida',
};

/** Swedish explanations of the YAML parser's error codes that editors meet. */
const YAML_ERRORS: Record<string, string> = {
  BAD_INDENT: 'indraget stämmer inte med raderna runt omkring.',
  BLOCK_AS_IMPLICIT_KEY: 'indraget stämmer inte med raderna runt omkring.',
  DUPLICATE_KEY: 'samma fält står två gånger.',
  MISSING_CHAR: 'ett citattecken eller en hakparentes är inte stängd.',
  MULTILINE_IMPLICIT_KEY: 'ett fältnamn saknar kolon, eller en text går över flera rader utan citattecken.',
  BAD_SCALAR_START: 'ett värde börjar med ett tecken som kräver citattecken.',
  TAB_AS_INDENT: 'raden är indragen med tabb; använd mellanslag.',
  UNEXPECTED_TOKEN: 'ett tecken står där det inte får stå.',
};

/** A reference that only records its target; the checker resolves it with better errors than Astro's. */
const recordReference: ReferenceFactory = (collection) =>
  z.string().trim().min(1).transform((id) => ({ collection, id })) as never;

const schemas = createSchemas(recordReference);

/** An entry whose frontmatter passed its schema. */
export interface ValidEntry {
  source: SourceEntry;
  data: Record<string, unknown>;
}

/**
 * Checks every content entry: syntax, file names, schemas, references between
 * collections and duplicates. Returns every problem found, not just the first.
 */
export function checkEntries(entries: readonly SourceEntry[]): { problems: ContentProblem[]; valid: ValidEntry[] } {
  const problems: ContentProblem[] = [];
  const valid: ValidEntry[] = [];
  const ids = idsByCollection(entries);

  for (const entry of entries) {
    if (!ID_PATTERN.test(entry.id)) {
      problems.push({
        file: entry.file,
        line: 1,
        message: `Filnamnet "${entry.id}" kan inte användas som id.`,
        fix: `Byt namn på filen till "${slugify(entry.id)}" (bara a–z, 0–9 och bindestreck; å och ä blir a, ö blir o).`,
      });
    }
    if (entry.syntaxError) {
      problems.push(syntaxProblem(entry));
      continue;
    }
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

  problems.push(...duplicateProblems(valid));
  problems.push(...componentProblems(entries.filter((entry) => !entry.syntaxError), ids));
  return { problems, valid };
}

function idsByCollection(entries: readonly SourceEntry[]): Record<CollectionName, string[]> {
  const ids = Object.fromEntries(collectionNames.map((name) => [name, [] as string[]])) as Record<CollectionName, string[]>;
  for (const entry of entries) ids[entry.collection].push(entry.id);
  return ids;
}

function syntaxProblem(entry: SourceEntry): ContentProblem {
  const { line, message } = entry.syntaxError!;
  if (message === 'frontmatter.missing') {
    return {
      file: entry.file,
      line,
      message: 'Filen saknar frontmatter.',
      fix: 'Börja filen med en rad "---", sedan fälten (title: …), sedan en rad "---".',
    };
  }
  return {
    file: entry.file,
    line,
    message: `Raden går inte att läsa: ${YAML_ERRORS[message] ?? 'fel i YAML-syntaxen.'}`,
    fix: 'Varje fält skrivs "namn: värde" i början av raden. Sätt citattecken runt text som innehåller kolon eller #, och stäng dem.',
  };
}

/** Every reference in `data`, with its path. */
function* references(value: unknown, path: PropertyKey[] = []): Generator<{ path: PropertyKey[]; ref: Ref }> {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* references(item, [...path, index]);
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    const record = value as Record<string, unknown>;
    if (typeof record.collection === 'string' && typeof record.id === 'string' && Object.keys(record).length === 2) {
      yield { path, ref: record as unknown as Ref };
      return;
    }
    for (const [key, item] of Object.entries(record)) yield* references(item, [...path, key]);
  }
}

function referenceProblems(entry: SourceEntry, data: unknown, ids: Record<CollectionName, string[]>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { path, ref } of references(data)) {
    const known = ids[ref.collection];
    if (known.includes(ref.id)) continue;
    const suggestions = closest(ref.id, known);
    problems.push({
      file: entry.file,
      line: entry.lineOf(path),
      field: fieldName(path),
      message: `Okänd ${ENTRY_NOUN[ref.collection]} "${ref.id}": det finns ingen fil content/${ref.collection}/${ref.id}.*.`,
      fix: `${suggestions.length ? `Närmaste giltiga id: ${suggestions.join(', ')}. ` : ''}Ett id är filnamnet utan ändelse i content/${ref.collection}/.`,
    });
  }
  return problems;
}

/** Fields whose value must be unique within a collection, and what the duplicate means to an editor. */
const UNIQUE_FIELDS: { collection: CollectionName; field: string; what: string }[] = [
  { collection: 'riktlinjer', field: 'order', what: 'ordningsnummer' },
  { collection: 'riktlinjer', field: 'title', what: 'rubrik' },
  { collection: 'ansvar', field: 'order', what: 'ordningsnummer' },
  { collection: 'ansvar', field: 'title', what: 'rubrik' },
  { collection: 'insatser', field: 'title', what: 'rubrik' },
  { collection: 'aktorer', field: 'name', what: 'namn' },
  { collection: 'ordlista', field: 'term', what: 'term' },
  { collection: 'dokument', field: 'title', what: 'titel' },
  { collection: 'sidor', field: 'title', what: 'rubrik' },
];

function duplicateProblems(valid: readonly ValidEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { collection, field, what } of UNIQUE_FIELDS) {
    const seen = new Map<string, SourceEntry>();
    for (const { source, data } of valid) {
      if (source.collection !== collection) continue;
      const key = String(data[field]).toLocaleLowerCase('sv-SE');
      const first = seen.get(key);
      if (!first) {
        seen.set(key, source);
        continue;
      }
      problems.push({
        file: source.file,
        line: source.lineOf([field]),
        field,
        message: `Samma ${what} (${String(data[field])}) som i ${first.file}.`,
        fix: `Ge ${field === 'order' ? 'avsnitten olika nummer' : `varje ${ENTRY_NOUN[collection]} en egen ${what}`}.`,
      });
    }
  }
  return problems;
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

/** The id a file name becomes once Swedish letters and spaces are replaced. */
export function slugify(name: string): string {
  return name
    .toLocaleLowerCase('sv-SE')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
