/**
 * The content model: one Zod schema per collection, the single source of truth
 * for what an editor may write in `content/`.
 *
 * The schemas are built by `createSchemas(reference)` so that Astro can pass its
 * own `reference()` (in `src/content.config.ts`) while the content checker
 * (`src/lib/content-check/`) passes one that records the reference for its own,
 * stricter validation. Both produce the same `{ collection, id }` shape.
 */
import { z } from 'astro/zod';

/** Names of all collections, in the order the checker reports them. */
export const collectionNames = [
  'dokument',
  'aktorer',
  'ordlista',
  'insatser',
  'ansvar',
  'riktlinjer',
  'sidor',
] as const;
export type CollectionName = (typeof collectionNames)[number];

/**
 * Where each collection lives under `content/` and which files it reads. A
 * pattern starting with `**` reads subfolders too, and the folder is part of
 * the id: `content/sidor/om/redigera.mdx` is the page `/om/redigera/`.
 */
export const collectionFiles: Record<CollectionName, { folder: string; pattern: string }> = {
  dokument: { folder: 'dokument', pattern: '*.yaml' },
  aktorer: { folder: 'aktorer', pattern: '*.mdx' },
  ordlista: { folder: 'ordlista', pattern: '*.yaml' },
  insatser: { folder: 'insatser', pattern: '*.mdx' },
  ansvar: { folder: 'ansvar', pattern: '*.mdx' },
  riktlinjer: { folder: 'riktlinjer', pattern: '*.mdx' },
  sidor: { folder: 'sidor', pattern: '**/*.mdx' },
};

/** Kinds of actor, in the order they are listed on the site. */
export const actorGroups = ['stadsledning', 'facknamnd', 'stadsdelsnamnd', 'bolag', 'extern'] as const;
/** What an actor does in a duty, strongest first. */
export const roles = ['ansvarar', 'beslutar', 'medverkar', 'stodjer', 'tar-emot'] as const;
/** How often a duty recurs. */
export const cadences = ['arligen', 'vartannat-ar', 'lopande', 'vid-behov'] as const;
/** What a duty produces. */
export const products = ['lagesbild', 'atgardsplan', 'handlingsplan', 'rapport', 'underlag', 'riktlinjer'] as const;
/** The two kinds of work the guidelines describe. */
export const interventionKinds = ['forebyggande', 'riktad'] as const;
/** Who an intervention is for. */
export const targetGroups = [
  'barn-och-unga',
  'unga-vuxna',
  'foraldrar-och-vardnadshavare',
  'elever',
  'medarbetare',
  'personer-i-riskzon',
  'personer-som-vill-lamna',
  'lokalsamhallet',
] as const;
/** Kinds of document in the decision history and source list. */
export const documentKinds = [
  'beslut',
  'remiss',
  'yttrande',
  'lag',
  'strategi',
  'overenskommelse',
  'program',
  'kunskapsunderlag',
] as const;

export type ActorGroup = (typeof actorGroups)[number];
export type Role = (typeof roles)[number];
export type Cadence = (typeof cadences)[number];
export type Product = (typeof products)[number];
export type InterventionKind = (typeof interventionKinds)[number];
export type TargetGroup = (typeof targetGroups)[number];
export type DocumentKind = (typeof documentKinds)[number];

/** The `{ collection, id }` value a reference resolves to, as Astro's `reference()` returns it. */
export interface Ref<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
}

/** Builds a schema for a reference to an entry of `collection`. */
export type ReferenceFactory = <C extends CollectionName>(collection: C) => z.ZodType<Ref<C>, unknown>;

/** The issue message of a malformed date; the checker turns it into Swedish. */
export const DATE_INVALID = 'date.invalid';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [, year, month, day] = match.map(Number);
  const date = new Date(Date.UTC(year!, month! - 1, day!));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month! - 1 && date.getUTCDate() === day;
}

/**
 * A calendar date written `YYYY-MM-DD`. YAML parsers may hand it over as a
 * `Date` (js-yaml, used by Astro) or as a string (the checker): both are accepted.
 * @example updated: 2024-04-25
 */
export const isoDate = z.unknown().transform((value, ctx) => {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
  if (typeof value === 'string' && isIsoDate(value)) return new Date(`${value}T00:00:00Z`);
  ctx.addIssue({ code: 'custom', message: DATE_INVALID, input: value });
  return z.NEVER;
});

const text = z.string().trim().min(1);

/**
 * Creates the schema of every collection.
 * @param reference Astro's `reference()` or the checker's equivalent.
 */
export function createSchemas(reference: ReferenceFactory) {
  const dokument = z.strictObject({
    /** The document's title, e.g. "Riktlinjer i stadens arbete mot våldsbejakande extremism". */
    title: text,
    /** What kind of document it is; decides its label and icon in the history. */
    kind: z.enum(documentKinds),
    /** The date of the decision, statement, remiss or entry into force (YYYY-MM-DD); left out when the source gives none. */
    date: isoDate.optional(),
    /** Who issued or decided it, as an actor id, when the actor is in the collection. */
    issuer: reference('aktorer').optional(),
    /** The issuer's name when it is not one of our actors, e.g. "Riksdagen". */
    issuerName: text.optional(),
    /** The diary number (Dnr) or official designation, e.g. "Dnr HÄ 2024/105" or "SFS 2023:196". */
    designation: text.optional(),
    /** Two or three sentences on what the document is and what it means for the guidelines. */
    description: text,
    /** Shown as the status line of pages based on this document, e.g. "Förslag till reviderade riktlinjer, remissversion 2024". */
    statusLabel: text.optional(),
    /** True for public context sources (not the seed statement); the page then names them as context. */
    context: z.boolean().default(false),
  });

  const aktorer = z.strictObject({
    /** The actor's name as readers know it, e.g. "Socialnämnden". */
    name: text,
    /** A common abbreviation, e.g. "KS" or "SLK". */
    abbreviation: text.optional(),
    /** Which group the actor belongs to in lists and in the matrix. */
    group: z.enum(actorGroups),
    /** The group actor this one is part of, e.g. each stadsdelsnämnd is part of `stadsdelsnamnderna`. */
    partOf: reference('aktorer').optional(),
    /** One sentence on the actor's role in the work against violent extremism. */
    summary: text,
    /** Date of the last change in substance (YYYY-MM-DD); used when git history is missing. */
    updated: isoDate,
  });

  const ordlista = z.strictObject({
    /** The term as it is written in running text, e.g. "lägesbild". */
    term: text,
    /** A plain-Swedish definition in one or two sentences. */
    definition: text,
    /** Abbreviations that stand for the term, e.g. ["VBE"]; search finds the term by them. */
    abbreviations: z.array(text).default([]),
    /** Other words for the same thing; search finds the term by them. */
    synonyms: z.array(text).default([]),
    /** Related terms in the glossary. */
    related: z.array(reference('ordlista')).default([]),
    /** The document the definition is based on. */
    source: reference('dokument').optional(),
  });

  const insatser = z.strictObject({
    /** The intervention's name, e.g. "Sociala insatsgrupper". */
    title: text,
    /** One sentence on what the intervention is. */
    summary: text,
    /** Prevention (`forebyggande`) or a targeted social intervention (`riktad`). */
    kind: z.enum(interventionKinds),
    /** Who the intervention is for. */
    targetGroups: z.array(z.enum(targetGroups)).min(1),
    /** Actors that run the intervention. */
    responsible: z.array(reference('aktorer')).min(1),
    /** Actors that take part or collaborate. */
    partners: z.array(reference('aktorer')).default([]),
    /** Documents the description is based on. */
    sources: z.array(reference('dokument')).min(1),
    /** Date of the last change in substance (YYYY-MM-DD); used when git history is missing. */
    updated: isoDate,
  });

  const ansvar = z.strictObject({
    /** The duty, as a short imperative, e.g. "Ta fram en årlig lägesbild". */
    title: text,
    /** Place of the duty in the matrix (1 = first row). */
    order: z.number().int().positive(),
    /** How often the duty recurs. */
    cadence: z.enum(cadences),
    /** What the duty produces, if it produces a document. */
    produces: z.enum(products).optional(),
    /** The actor the result is handed to. */
    reportsTo: reference('aktorer').optional(),
    /** Duties whose results this one builds on, e.g. the åtgärdsplaner build on the lägesbild; shown as a flow in the årshjul. */
    basedOn: z.array(reference('ansvar')).default([]),
    /** Each actor's role in the duty; a group actor's role applies to each of its members. */
    roles: z
      .array(
        z.strictObject({
          /** The actor. */
          actor: reference('aktorer'),
          /** What the actor does in this duty. */
          role: z.enum(roles),
        }),
      )
      .min(1),
    /** Documents that set out the duty. */
    sources: z.array(reference('dokument')).min(1),
    /** Date of the last change in substance (YYYY-MM-DD); used when git history is missing. */
    updated: isoDate,
  });

  const riktlinjer = z.strictObject({
    /** The section's heading, also used in the table of contents. */
    title: text,
    /** Place of the section in the guidelines (1 = first); two sections may not share a number. */
    order: z.number().int().positive(),
    /** The lead paragraph: one or two sentences on what the section says. */
    summary: text,
    /** The version of the guidelines the section describes; its status label is shown on the page. */
    version: reference('dokument'),
    /** Documents the section is based on, named at the end of the page. */
    sources: z.array(reference('dokument')).min(1),
    /** Actors the section concerns; listed on the page and on each actor's page. */
    actors: z.array(reference('aktorer')).default([]),
    /** Interventions the section describes; listed on the page and on each intervention's page. */
    interventions: z.array(reference('insatser')).default([]),
    /** The actor that owns the content (webbriktlinjerna: show who is responsible). */
    owner: reference('aktorer'),
    /** Date of the last change in substance (YYYY-MM-DD); used when git history is missing. */
    updated: isoDate,
  });

  const sidor = z.strictObject({
    /** The page heading. */
    title: text,
    /** The lead paragraph and meta description. */
    summary: text,
    /** Date of the last change in substance (YYYY-MM-DD); used when git history is missing. */
    updated: isoDate,
  });

  return { dokument, aktorer, ordlista, insatser, ansvar, riktlinjer, sidor };
}

type Schemas = ReturnType<typeof createSchemas>;
export type DocumentData = z.output<Schemas['dokument']>;
export type ActorData = z.output<Schemas['aktorer']>;
export type TermData = z.output<Schemas['ordlista']>;
export type InterventionData = z.output<Schemas['insatser']>;
export type DutyData = z.output<Schemas['ansvar']>;
export type SectionData = z.output<Schemas['riktlinjer']>;
export type PageData = z.output<Schemas['sidor']>;
