/**
 * The content model: one Zod schema per collection, the single source of truth
 * for what an editor may write in `content/`.
 *
 * The schemas are built by `createSchemas(reference)` so that Astro can pass its
 * own `reference()` (in `src/content.config.ts`) while the content checker
 * (`src/lib/content-check/`) passes one that records the reference for its own,
 * stricter validation. Both produce the same `{ collection, id }` shape.
 */
import { gitHosts } from './lib/edit-link.ts';
import { z } from 'astro/zod';

/** Names of all collections, in the order the checker reports them. */
export const collectionNames = ['installningar', 'dokument', 'aktorer', 'ordlista', 'insatser', 'ansvar', 'riktlinjer', 'sidor'] as const;
export type CollectionName = (typeof collectionNames)[number];

/**
 * Where each collection lives under `content/` and which files it reads. A
 * pattern starting with `**` reads subfolders too, and the folder is part of
 * the id: `content/sidor/om/redigera.mdx` is the page `/om/redigera/`.
 */
export const collectionFiles: Record<CollectionName, { folder: string; pattern: string }> = {
  installningar: { folder: 'installningar', pattern: '*.yaml' },
  dokument: { folder: 'dokument', pattern: '*.yaml' },
  aktorer: { folder: 'aktorer', pattern: '*.mdx' },
  ordlista: { folder: 'ordlista', pattern: '*.yaml' },
  insatser: { folder: 'insatser', pattern: '*.mdx' },
  ansvar: { folder: 'ansvar', pattern: '*.mdx' },
  riktlinjer: { folder: 'riktlinjer', pattern: '*.mdx' },
  sidor: { folder: 'sidor', pattern: '**/*.mdx' },
};

/** The id of the one settings entry, `content/installningar/webbplats.yaml`. */
export const SETTINGS_ID = 'webbplats';
/** Where the guidelines stand: a proposal (remiss version) or adopted by kommunfullmäktige. */
export const guidelineStates = ['forslag', 'antagna'] as const;
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
  'sarbara-for-rekrytering',
  'personer-som-behover-stod-att-lamna',
  'lokalsamhallet',
] as const;
/** Kinds of document in the decision history and source list. */
export const documentKinds = ['beslut', 'remiss', 'yttrande', 'lag', 'strategi', 'overenskommelse', 'program', 'kunskapsunderlag'] as const;

export type ActorGroup = (typeof actorGroups)[number];
export type Role = (typeof roles)[number];
export type Cadence = (typeof cadences)[number];
export type Product = (typeof products)[number];
export type InterventionKind = (typeof interventionKinds)[number];
export type TargetGroup = (typeof targetGroups)[number];
export type DocumentKind = (typeof documentKinds)[number];
export type GuidelineState = (typeof guidelineStates)[number];

/** The `{ collection, id }` value a reference resolves to, as Astro's `reference()` returns it. */
export interface Ref<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
}

/** Builds a schema for a reference to an entry of `collection`. */
export type ReferenceFactory = <C extends CollectionName>(collection: C) => z.ZodType<Ref<C>, unknown>;

/** The issue message of a malformed date; the checker turns it into Swedish. */
export const DATE_INVALID = 'date.invalid';
/** The issue message of a contact route with no way to reach anyone. */
export const CONTACT_EMPTY = 'contact.empty';
/** The issue message of target groups without a quote that names them. */
export const TARGET_BASIS_MISSING = 'targetBasis.missing';
/** The issue message of adopted guidelines without the decision. */
export const DECISION_MISSING = 'decision.missing';

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

/** A lower-case id of letters, digits and hyphens, e.g. `handlingsplaner-vartannat-ar`. */
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/**
 * The id of a quote in a `dokument` entry: the verbatim passage that supports a
 * claim. The checker resolves it across all documents (ids are unique site-wide).
 * @example basis: handlingsplaner-vartannat-ar
 */
export const quoteId = slug;

/**
 * Creates the schema of every collection.
 * @param reference Astro's `reference()` or the checker's equivalent.
 */
export function createSchemas(reference: ReferenceFactory) {
  /** An actor named by a source, with the quote that names it. */
  const assignment = z.strictObject({
    /** The actor. */
    actor: reference('aktorer'),
    /** The quote that names the actor in this role. */
    basis: quoteId,
  });

  /** The site-wide settings, `content/installningar/webbplats.yaml`: one file, one place for the status. */
  const installningar = z
    .strictObject({
      /** `forslag` while the site describes a proposal; `antagna` once kommunfullmäktige has adopted the guidelines. */
      status: z.enum(guidelineStates),
      /** The document whose content the site describes: the remiss version while a proposal. */
      version: reference('dokument'),
      /** Kommunfullmäktige's decision that adopted the guidelines; required when `status` is `antagna`. */
      decision: reference('dokument').optional(),
      /**
       * Where editors change the content in the browser. When set, every page made
       * from one content file links to that file in the git host's web editor
       * ("Redigera den här sidan"); left out, there is no link.
       */
      editing: z
        .strictObject({
          /** The repository's web address, e.g. `https://github.com/stockholm/riktlinjer`. */
          repository: z.url({ protocol: /^https$/ }),
          /** The branch editors start from; `main` unless set. */
          branch: text.default('main'),
          /** The kind of git host: `github`, `gitlab` or `gitea` (also Forgejo). */
          host: z.enum(gitHosts),
        })
        .optional(),
    })
    .refine((settings) => settings.status !== 'antagna' || settings.decision, { message: DECISION_MISSING, path: ['decision'] });

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
    /** Where a reader can find the document to check it, e.g. "Stockholms stads diarium, Dnr HÄ 2024/105". */
    locator: text,
    /** A public web address of the document, when there is one. */
    url: z.url({ protocol: /^https$/ }).optional(),
    /** True for public sources that give context; false for the steps of the decision history. */
    context: z.boolean().default(false),
    /**
     * The document's text as stored on the site, without personal data. A line
     * starting with `## ` is a heading; a blank line separates paragraphs.
     */
    text: z.string().optional(),
    /** Verbatim passages of `text` that pages cite; the build checks each word for word. */
    quotes: z
      .array(
        z.strictObject({
          /** Unique on the whole site; pages cite the quote by it. */
          id: quoteId,
          /** The passage, word for word as in `text` (line breaks and extra spaces do not matter). */
          text,
        }),
      )
      .default([]),
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
    /**
     * The places where people work under this actor, as employees name them
     * ("utbildningsförvaltningen", "skolan"), and their professions ("rektor",
     * "lärare"). Search and "Vad är mitt ansvar?" use them to lead a reader from a
     * job to the actor; the actor's page shows them as the city's explanation,
     * since the guidelines name no jobs. Only what is plainly true of the job.
     */
    workplaces: z.array(text).default([]),
    professions: z.array(text).default([]),
    /**
     * A functional contact route (never a person's), shown on the actor's page and on
     * "Orolig för någon?". Give at least one of e-mail, phone, web address or postal address.
     */
    contact: z
      .strictObject({
        /** Who answers, e.g. "Hägersten-Älvsjö stadsdelsförvaltning". */
        label: text,
        /** A functional e-mail address, e.g. registrator@…; no förnamn.efternamn. */
        email: z.email().optional(),
        /** A switchboard or function number, never a person's; it must also be listed in `functionalPhoneNumbers`. */
        phone: text.optional(),
        /** A web page with contact details. */
        url: z.url({ protocol: /^https$/ }).optional(),
        /** A postal address on one line. */
        address: text.optional(),
        /** The document where the route is published. */
        source: reference('dokument'),
      })
      .refine((contact) => contact.email ?? contact.phone ?? contact.url ?? contact.address, CONTACT_EMPTY)
      .optional(),
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

  const insatser = z
    .strictObject({
      /** The intervention's name, e.g. "Sociala insatsgrupper". */
      title: text,
      /** One sentence on what the intervention is. */
      summary: text,
      /** Prevention (`forebyggande`) or a targeted social intervention (`riktad`). */
      kind: z.enum(interventionKinds),
      /** The quote where the guidelines name this intervention as an example; it also supports `kind`. */
      example: quoteId,
      /** Who the intervention is for, as far as the source says; empty when it does not. */
      targetGroups: z.array(z.enum(targetGroups)).default([]),
      /** The quotes that name the target groups; required when `targetGroups` has any. */
      targetBasis: z.array(quoteId).default([]),
      /** Actors the source names as running the intervention, each with its quote; empty when the source names none. */
      responsible: z.array(assignment).default([]),
      /** Actors the source names as taking part or collaborating, each with its quote. */
      partners: z.array(assignment).default([]),
      /** Documents the description is based on. */
      sources: z.array(reference('dokument')).min(1),
      /** Date of the last change in substance (YYYY-MM-DD); used when git history is missing. */
      updated: isoDate,
    })
    .refine((data) => data.targetGroups.length === 0 || data.targetBasis.length > 0, {
      message: TARGET_BASIS_MISSING,
      path: ['targetBasis'],
    });

  const ansvar = z.strictObject({
    /** The duty, as a short imperative, e.g. "Ta fram en årlig lägesbild". */
    title: text,
    /** Place of the duty in the matrix (1 = first row). */
    order: z.number().int().positive(),
    /** How often the duty recurs, with the quote that says so; left out when the source does not say. */
    cadence: z
      .strictObject({
        /** How often. */
        value: z.enum(cadences),
        /** The quote that gives the cadence. */
        basis: quoteId,
      })
      .optional(),
    /** What the duty produces, if it produces a document. */
    produces: z.enum(products).optional(),
    /** Duties whose results this one builds on, e.g. the åtgärdsplaner build on the lägesbild; shown as a flow in the årshjul. */
    basedOn: z.array(reference('ansvar')).default([]),
    /**
     * Each actor's role in the duty, with the quote that states it; a group actor's
     * role applies to each of its members. Empty when the source names nobody:
     * the site then says so instead of naming an actor. `tar-emot` marks who the result is handed to.
     */
    roles: z
      .array(
        z.strictObject({
          /** The actor. */
          actor: reference('aktorer'),
          /** What the actor does in this duty. */
          role: z.enum(roles),
          /** The quote that states the role. */
          basis: quoteId,
        }),
      )
      .default([]),
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

  return { installningar, dokument, aktorer, ordlista, insatser, ansvar, riktlinjer, sidor };
}

type Schemas = ReturnType<typeof createSchemas>;
export type SettingsData = z.output<Schemas['installningar']>;
export type DocumentData = z.output<Schemas['dokument']>;
export type ActorData = z.output<Schemas['aktorer']>;
export type TermData = z.output<Schemas['ordlista']>;
export type InterventionData = z.output<Schemas['insatser']>;
export type DutyData = z.output<Schemas['ansvar']>;
export type SectionData = z.output<Schemas['riktlinjer']>;
export type PageData = z.output<Schemas['sidor']>;
