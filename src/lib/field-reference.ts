/**
 * The field reference: every field an editor may write in `content/`, read
 * from the Zod schemas in `src/schemas.ts`, with the Swedish explanation and
 * example those schemas carry from `src/i18n/fields.sv.json`. The guide shows
 * it under "Fältreferens" (`<Faltreferens />`); `fieldHelp` explains one field.
 */
import { Document, isScalar, visit } from 'yaml';
import { z } from 'astro/zod';
import { t, type StringKey } from '../i18n/index.ts';
import {
  collectionFiles,
  collectionNames,
  createSchemas,
  isoDate,
  quoteId,
  SETTINGS_ID,
  type CollectionName,
  type FieldText,
  type ReferenceFactory,
} from '../schemas.ts';

/** One field as the reference shows it. */
export interface Field {
  /** The field's path as the editor writes it, list positions left out: `responsible.actor`. */
  path: string;
  /** The field's own name, the last part of the path: `actor`. */
  name: string;
  /** The path of the field it sits in, e.g. `responsible`; empty at the top of the file. */
  parent: string;
  /** What the field means and when to use it, in Swedish. */
  description: string;
  required: boolean;
  /** The value a field that may be left out takes when it is, e.g. `main` or `[]`. */
  default?: unknown;
  /** The kind of value, in Swedish: "text", "datum, ÅÅÅÅ-MM-DD", "lista, där varje värde är id för en aktör". */
  kind: string;
  /** The valid values: an enum's values, or the ids of the entries a reference may name (when given). */
  allowed?: readonly string[];
  /** The collection a reference points to. */
  target?: CollectionName;
  /** An example as written in the file, e.g. `actor: socialnamnden`. */
  example: string;
}

/** What the reference says about one field, for a message about it. */
export interface FieldHelp {
  /** What the field means, in Swedish. */
  description: string;
  /** The kind of value in Swedish, e.g. "id för en aktör". */
  kind: string;
  /** The valid values: an enum's, or the ids a reference may name (when given). */
  allowed?: readonly string[];
}

/** The fields of one collection and where its files are. */
export interface CollectionFields {
  collection: CollectionName;
  /** The files, e.g. `content/insatser/<id>.mdx`; the settings are one file. */
  files: string;
  /** True for MDX files, whose fields are the frontmatter; false for YAML files, which are all fields. */
  frontmatter: boolean;
  /** Every field, each nested field right after the field it sits in. */
  fields: Field[];
}

/** The ids of the entries of each collection, which a reference may name. */
export type EntryIds = Partial<Record<CollectionName, readonly string[]>>;

/** What the schemas' own types cannot tell: dates, quote ids and references. */
type ValueKind = { kind: 'date' } | { kind: 'quote' } | { kind: 'reference'; collection: CollectionName };
const valueKinds = z.registry<ValueKind>();
valueKinds.add(isoDate, { kind: 'date' });
valueKinds.add(quoteId, { kind: 'quote' });

/** A reference that remembers its target; the registry's entries carry over to the copies `.meta()` makes. */
const markedReference: ReferenceFactory = (collection) => z.string().register(valueKinds, { kind: 'reference', collection }) as never;
const schemas = createSchemas(markedReference);

const referenceKinds: Partial<Record<CollectionName, StringKey>> = {
  aktorer: 'fields.kind.reference.aktorer',
  dokument: 'fields.kind.reference.dokument',
  ordlista: 'fields.kind.reference.ordlista',
  insatser: 'fields.kind.reference.insatser',
  ansvar: 'fields.kind.reference.ansvar',
};

/**
 * Every collection's fields, in the order of `collectionNames`.
 * @param ids the ids of each collection's entries, listed as the valid values of the references to it.
 * @example fieldReference({ aktorer: ['socialnamnden'] })[4].fields[7] // { path: 'responsible.actor', allowed: ['socialnamnden'], … }
 */
export function fieldReference(ids: EntryIds = {}): CollectionFields[] {
  return collectionNames.map((collection) => {
    const { folder, pattern } = collectionFiles[collection];
    const extension = pattern.slice(pattern.lastIndexOf('.'));
    const file = collection === 'installningar' ? `${SETTINGS_ID}${extension}` : `<id>${extension}`;
    return {
      collection,
      files: `content/${folder}/${file}`,
      frontmatter: extension === '.mdx',
      fields: objectFields(collection, schemas[collection], '', ids),
    };
  });
}

/**
 * The explanation of one field, and its valid values when they are a fixed
 * list; `undefined` for a path that is no field. List positions in the path
 * are ignored, so a Zod issue's path can be passed as it is.
 * @param ids the ids of each collection's entries, the valid values of a reference.
 * @example fieldHelp('ansvar', ['roles', 0, 'role']) // { description: 'Vad aktören gör …', allowed: ['ansvarar', …] }
 */
export function fieldHelp(collection: CollectionName, path: string | readonly PropertyKey[], ids: EntryIds = {}): FieldHelp | undefined {
  const parts = typeof path === 'string' ? path.split('.') : path;
  const key = parts.filter((part) => typeof part === 'string' && !/^\d+$/.test(part)).join('.');
  const field = objectFields(collection, schemas[collection], '', ids).find((candidate) => candidate.path === key);
  return field && { description: field.description, kind: field.kind, ...(field.allowed && { allowed: field.allowed }) };
}

function objectFields(collection: CollectionName, object: z.ZodObject, parent: string, ids: EntryIds): Field[] {
  return Object.entries(object.shape).flatMap(([name, schema]) => {
    const path = parent ? `${parent}.${name}` : name;
    const text = z.globalRegistry.get(schema) as Partial<{ description: string; examples: [FieldText['example']] }> | undefined;
    if (!text?.description || !text.examples)
      throw new Error(`src/i18n/fields.sv.json has no description and example for "${collection}.${path}".`);

    let value = schema as z.ZodType;
    let required = true;
    let defaultValue: unknown;
    while (value instanceof z.ZodOptional || value instanceof z.ZodDefault) {
      if (value instanceof z.ZodDefault) defaultValue = value.def.defaultValue;
      required = false;
      value = value.unwrap() as z.ZodType;
    }
    const list = value instanceof z.ZodArray;
    const item = value instanceof z.ZodArray ? (value.element as z.ZodType) : value;
    const { kind, allowed, target } = describeValue(item, ids, `${collection}.${path}`);
    const field: Field = {
      path,
      name,
      parent,
      description: text.description,
      required,
      ...(defaultValue !== undefined && { default: defaultValue }),
      kind: list ? t('fields.kind.list', { kind }) : kind,
      ...(allowed && { allowed }),
      ...(target && { target }),
      example: exampleYaml(name, text.examples[0]),
    };
    return [field, ...(item instanceof z.ZodObject ? objectFields(collection, item, path, ids) : [])];
  });
}

function describeValue(
  schema: z.ZodType,
  ids: EntryIds,
  key: string,
): { kind: string; allowed?: readonly string[]; target?: CollectionName } {
  const marked = valueKinds.get(schema);
  if (marked?.kind === 'reference') {
    const name = referenceKinds[marked.collection];
    if (!name)
      throw new Error(
        `No Swedish name for a reference to ${marked.collection} ("${key}"): add fields.kind.reference.${marked.collection} to sv.json.`,
      );
    return { kind: t(name), target: marked.collection, ...(ids[marked.collection] && { allowed: ids[marked.collection] }) };
  }
  if (marked) return { kind: t(marked.kind === 'date' ? 'fields.kind.date' : 'fields.kind.quote') };
  if (schema instanceof z.ZodObject) return { kind: t('fields.kind.group') };
  if (schema instanceof z.ZodEnum) return { kind: t('fields.kind.choice'), allowed: schema.options.map(String) };
  if (schema instanceof z.ZodBoolean) return { kind: t('fields.kind.boolean') };
  if (schema instanceof z.ZodNumber && schema.format === 'safeint') return { kind: t('fields.kind.integer') };
  if (schema instanceof z.ZodURL) return { kind: t('fields.kind.url') };
  if (schema instanceof z.ZodEmail) return { kind: t('fields.kind.email') };
  if (schema instanceof z.ZodString) return { kind: t('fields.kind.text') };
  throw new Error(`The field reference cannot name the kind of value of "${key}" (${schema.def.type}).`);
}

/**
 * Zod metadata that makes VS Code offer `ids` as the values of a reference, in
 * the JSON Schemas Astro writes (`src/content.config.ts`). `defaultSnippets` is
 * the completion keyword of VS Code's JSON and YAML language services; `examples`
 * would be dropped, because Zod leaves them out of the input side of a transform
 * (and `reference()` is one), and `enum` would mark an entry added since the
 * schemas were written as an error.
 * @example idSuggestions(['polisen']) // { defaultSnippets: [{ label: 'polisen', body: 'polisen' }] }
 */
export function idSuggestions(ids: readonly string[]): { defaultSnippets: { label: string; body: string }[] } {
  return { defaultSnippets: ids.map((id) => ({ label: id, body: id })) };
}

/** The example as a line of YAML, with short lists of plain values on one line as editors write them: `sources: [a, b]`. */
function exampleYaml(name: string, example: unknown): string {
  const document = new Document({ [name]: example });
  visit(document, {
    Seq(_, sequence) {
      if (sequence.items.every((item) => isScalar(item))) sequence.flow = true;
    },
  });
  return document.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd();
}
