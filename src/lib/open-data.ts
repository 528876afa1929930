/**
 * The content model as open data: the duties, actors, interventions, glossary
 * and documents as the JSON files under /data/, in the shapes of
 * `openDataSchemas` (src/schemas.ts), each value as its id beside the words
 * the site shows; each file's JSON Schema; and, with src/lib/open-data-csv.ts,
 * the interventions and the glossary as CSV for Excel, made from the same
 * records. Pure functions over the collections; src/lib/published-files.ts
 * runs them once per build.
 */
import { z } from 'astro/zod';
import { t } from '../i18n/index.ts';
import {
  openDataSchemas,
  type ActorData,
  type DocumentData,
  type DutyData,
  type InterventionData,
  type OpenData,
  type OpenDataName,
  type SectionData,
  type SettingsData,
  type TermData,
} from '../schemas.ts';
import { toCsv } from './csv.ts';
import { openDataCsvRows } from './open-data-csv.ts';
import { isoDay } from './format.ts';
import { paths } from './paths.ts';
import type { Entry } from './relations.ts';
import type { StatusMessage } from './status.ts';

/** What the files are made from: the collections as the site loads them, and what only the build knows. */
export interface OpenDataSource {
  actors: readonly Entry<ActorData>[];
  duties: readonly Entry<DutyData>[];
  interventions: readonly Entry<InterventionData>[];
  terms: readonly Entry<TermData>[];
  documents: readonly Entry<DocumentData>[];
  /** The guideline sections, whose `owner` is the content owner the files name. */
  sections: readonly Entry<SectionData>[];
  settings: Pick<SettingsData, 'dataLicense'>;
  status: Pick<StatusMessage, 'state' | 'title'>;
  /** When a file's entries last changed (git history, else their `updated` dates). */
  updated: (name: OpenDataName) => Date;
  /**
   * A site path as an absolute address, base path included.
   * @example address('/insatser/') // 'https://intranat.example/riktlinjer/insatser/'
   */
  address: (path: string) => string;
}

/** The JSON files, in the order /data/ lists them. */
export const openDataNames = Object.keys(openDataSchemas) as OpenDataName[];

/** The page of the site that shows the same content as each file. */
const pageOf: Record<OpenDataName, string> = {
  ansvar: paths.matrix,
  aktorer: paths.chooser,
  insatser: paths.interventions,
  ordlista: paths.glossary,
  dokument: paths.documents,
};

/** The file names of a dataset: `insatser.json`, its schema `insatser.schema.json` and `insatser.csv`. */
export const fileNames = (name: OpenDataName) => ({ json: `${name}.json`, schema: `${name}.schema.json`, csv: `${name}.csv` });

/** The content owners the files name: the owners of the guideline sections, each once, in reading order. */
export function contentOwners(sections: readonly Entry<SectionData>[]): string[] {
  return [...new Set([...sections].sort((a, b) => a.data.order - b.data.order).map((section) => section.data.owner.id))];
}

/** Every JSON file's content, validated against its schema. */
export function openData(source: OpenDataSource): OpenData {
  const actor = lookup(source.actors, 'aktorer');
  const document = lookup(source.documents, 'dokument');
  const duty = lookup(source.duties, 'ansvar');
  const term = lookup(source.terms, 'ordlista');
  const quotes = new Map(source.documents.flatMap((doc) => doc.data.quotes.map((quote) => [quote.id, { ...quote, doc }] as const)));

  const actorRef = (id: string) => ({ id, name: actor(id).data.name });
  const documentRef = (id: string) => ({ id, title: document(id).data.title });
  const basis = (id: string) => {
    const quote = quotes.get(id);
    if (!quote) throw new Error(`Unknown quote "${id}"`);
    return { id, text: quote.text, document: documentRef(quote.doc.id), page: source.address(paths.quote(quote.doc.id, id)) };
  };
  const assignment = ({ actor: ref, basis: quoteId }: { actor: { id: string }; basis: string }) => ({
    actor: actorRef(ref.id),
    basis: basis(quoteId),
  });
  const choice = <Id extends string>(id: Id, label: string) => ({ id, label });

  const items: { [Name in OpenDataName]: OpenData[Name]['items'] } = {
    ansvar: [...source.duties]
      .sort((a, b) => a.data.order - b.data.order)
      .map(({ id, data }) => ({
        id,
        title: data.title,
        order: data.order,
        cadence: data.cadence
          ? { ...choice(data.cadence.value, t(`cadence.${data.cadence.value}`)), basis: basis(data.cadence.basis) }
          : null,
        produces: data.produces ? choice(data.produces, t(`product.${data.produces}`)) : null,
        basedOn: data.basedOn.map((ref) => ({ id: ref.id, title: duty(ref.id).data.title })),
        roles: data.roles.map((item) => ({ ...assignment(item), role: choice(item.role, t(`role.${item.role}`)) })),
        sources: data.sources.map((ref) => documentRef(ref.id)),
        page: source.address(paths.duty(id)),
      })),
    aktorer: source.actors.map(({ id, data }) => ({
      id,
      name: data.name,
      abbreviation: data.abbreviation ?? null,
      group: choice(data.group, t(`group.${data.group}`)),
      partOf: data.partOf ? actorRef(data.partOf.id) : null,
      summary: data.summary,
      workplaces: data.workplaces,
      professions: data.professions,
      contact: data.contact
        ? {
            label: data.contact.label,
            email: data.contact.email ?? null,
            phone: data.contact.phone ?? null,
            url: data.contact.url ?? null,
            address: data.contact.address ?? null,
            source: documentRef(data.contact.source.id),
          }
        : null,
      page: source.address(paths.actor(id)),
    })),
    insatser: source.interventions.map(({ id, data }) => ({
      id,
      title: data.title,
      summary: data.summary,
      kind: choice(data.kind, t(`kind.${data.kind}`)),
      example: basis(data.example),
      targetGroups: data.targetGroups.map((group) => choice(group, t(`target.${group}`))),
      targetBasis: data.targetBasis.map(basis),
      responsible: data.responsible.map(assignment),
      partners: data.partners.map(assignment),
      sources: data.sources.map((ref) => documentRef(ref.id)),
      page: source.address(paths.intervention(id)),
    })),
    ordlista: source.terms.map(({ id, data }) => ({
      id,
      term: data.term,
      definition: data.definition,
      abbreviations: data.abbreviations,
      synonyms: data.synonyms,
      related: data.related.map((ref) => ({ id: ref.id, term: term(ref.id).data.term })),
      source: data.source ? documentRef(data.source.id) : null,
      page: source.address(paths.term(id)),
    })),
    dokument: source.documents.map(({ id, data }) => ({
      id,
      title: data.title,
      kind: choice(data.kind, t(`docKind.${data.kind}`)),
      date: data.date ? isoDay(data.date) : null,
      issuer: data.issuer
        ? { id: data.issuer.id, name: actor(data.issuer.id).data.name }
        : data.issuerName
          ? { id: null, name: data.issuerName }
          : null,
      designation: data.designation ?? null,
      description: data.description,
      locator: data.locator,
      url: data.url ?? null,
      context: data.context,
      quotes: data.quotes.map((quote) => ({ id: quote.id, text: quote.text })),
      page: source.address(paths.document(id)),
    })),
  };

  const owners = contentOwners(source.sections).map(actorRef);
  const file = <Name extends OpenDataName>(name: Name): OpenData[Name] =>
    openDataSchemas[name].parse({
      $schema: source.address(paths.dataFile(fileNames(name).schema)),
      title: t(`data.${name}.title`),
      description: t(`data.${name}.description`),
      site: source.address(paths.home),
      page: source.address(pageOf[name]),
      updated: isoDay(source.updated(name)),
      status: choice(source.status.state, source.status.title),
      license: source.settings.dataLicense ?? null,
      owners,
      items: items[name],
    }) as OpenData[Name];
  return {
    ansvar: file('ansvar'),
    aktorer: file('aktorer'),
    insatser: file('insatser'),
    ordlista: file('ordlista'),
    dokument: file('dokument'),
  };
}

/**
 * A file's JSON Schema, generated from its Zod schema with the Swedish descriptions of every field.
 * @param address where the schema itself is published, its `$id`.
 */
export function openDataJsonSchema(name: OpenDataName, address: string): Record<string, unknown> {
  const { $schema, ...schema } = z.toJSONSchema(openDataSchemas[name]);
  return { $schema, $id: address, title: t(`data.${name}.title`), description: t(`data.${name}.description`), ...schema };
}

/** The fields each record of a JSON file has, in order: `['id', 'title', …]`. */
export function recordFields(name: OpenDataName): string[] {
  return Object.keys(openDataSchemas[name].shape.items.element.shape);
}

/** A file the site publishes for other systems. */
export interface PublishedFile {
  /** Its site path, e.g. `/data/insatser.json`. */
  path: string;
  /** The dataset it belongs to. */
  dataset: OpenDataName;
  format: 'json' | 'schema' | 'csv';
  body: string;
  /** Its size in bytes, UTF-8. */
  bytes: number;
}

/** A published file with its size. */
export const publishedFile = (path: string, dataset: OpenDataName, format: PublishedFile['format'], body: string): PublishedFile => ({
  path,
  dataset,
  format,
  body,
  bytes: new TextEncoder().encode(body).length,
});

/** Every file under /data/: each dataset as JSON with its JSON Schema, and the interventions and glossary as CSV. */
export function openDataFiles(source: OpenDataSource): PublishedFile[] {
  const data = openData(source);
  return openDataNames.flatMap((name) => {
    const files = fileNames(name);
    const schemaPath = paths.dataFile(files.schema);
    const rows = name in openDataCsvRows ? openDataCsvRows[name as keyof typeof openDataCsvRows](data) : undefined;
    const csv = rows ? [publishedFile(paths.dataFile(files.csv), name, 'csv', toCsv(rows))] : [];
    return [
      publishedFile(paths.dataFile(files.json), name, 'json', `${JSON.stringify(data[name], null, 2)}\n`),
      ...csv,
      publishedFile(schemaPath, name, 'schema', `${JSON.stringify(openDataJsonSchema(name, source.address(schemaPath)), null, 2)}\n`),
    ];
  });
}

/** Looks up entries by id; the content checker has already rejected unknown ids, so a miss is a bug in the code. */
function lookup<T extends { id: string }>(entries: readonly T[], collection: string): (id: string) => T {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return (id) => {
    const entry = byId.get(id);
    if (!entry) throw new Error(`Unknown id "${id}" in ${collection}`);
    return entry;
  };
}
