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
import fields from './i18n/fields.sv.json' with { type: 'json' };
import dataFields from './i18n/data.sv.json' with { type: 'json' };
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

/** A field's Swedish explanation and an example value, as `src/i18n/fields.sv.json` gives them. */
export interface FieldText {
  description: string;
  example: unknown;
}

/**
 * Gives each field of an object its Swedish explanation and example from
 * `src/i18n/fields.sv.json`, where the key is the collection and the field's
 * path (`ansvar.cadence.value`). Validation is unchanged: the text is Zod
 * metadata, which Astro writes into `.astro/collections/*.schema.json` for
 * VS Code, and which the guide's field reference (`src/lib/field-reference.ts`) reads.
 * @example z.strictObject(explained('ansvar.cadence', { value: z.enum(cadences), basis: quoteId }))
 */
function explained<Shape extends Record<string, z.ZodType>>(path: string, shape: Shape): Shape {
  return Object.fromEntries(Object.entries(shape).map(([name, schema]) => [name, withFieldText(`${path}.${name}`, schema)])) as Shape;
}

/** The schema with the explanation and example `fields.sv.json` gives under `key`, or as it is when there is none. */
function withFieldText<T extends z.ZodType>(key: string, schema: T): T {
  const text = (fields as Partial<Record<string, FieldText>>)[key];
  return text ? schema.meta({ description: text.description, examples: [text.example] }) : schema;
}

/**
 * What changed in substance on a page, written for its readers: the page lists
 * the notes under "Ändringar", and `/andringar/` and its feed collect them from
 * the whole site. One field shared by every collection with a page or an anchor
 * of its own, explained once in `fields.sv.json` under `changes`.
 * @default []
 * @example changes: [{ date: 2026-11-26, text: Ansvaret för lägesbilden förtydligat, heading: vad-lagen-kräver }]
 */
export const changeNotes = withFieldText(
  'changes',
  z
    .array(
      z.strictObject(
        explained('changes', {
          /** The day the change was published (YYYY-MM-DD); not later than today. */
          date: isoDate,
          /** What changed in substance, in plain Swedish, e.g. "Ansvaret för lägesbilden förtydligat". */
          text,
          /** The anchor of the heading on the page the change concerns, e.g. `vad-lagen-kräver`; left out when it concerns the whole page. */
          heading: text.optional(),
        }),
      ),
    )
    .default([]),
);

/**
 * Creates the schema of every collection.
 * @param reference Astro's `reference()` or the checker's equivalent.
 */
export function createSchemas(reference: ReferenceFactory) {
  /** An actor named by a source, with the quote that names it; `path` is where it is used, e.g. `insatser.partners`. */
  const assignment = (path: string) =>
    z.strictObject(
      explained(path, {
        /** The actor. */
        actor: reference('aktorer'),
        /** The quote that names the actor in this role. */
        basis: quoteId,
      }),
    );

  /** The site-wide settings, `content/installningar/webbplats.yaml`: one file, one place for the status. */
  const installningar = z
    .strictObject(
      explained('installningar', {
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
          .strictObject(
            explained('installningar.editing', {
              /** The repository's web address, e.g. `https://github.com/stockholm/riktlinjer`. */
              repository: z.url({ protocol: /^https$/ }),
              /** The branch editors start from; `main` unless set. */
              branch: text.default('main'),
              /** The kind of git host: `github`, `gitlab` or `gitea` (also Forgejo). */
              host: z.enum(gitHosts),
            }),
          )
          .optional(),
        /**
         * The terms on which others may reuse the files under /data/, in Swedish, e.g.
         * "Fri att återanvända enligt CC0 1.0". Left out, the files and /data/ say that
         * no licence is stated and whom to ask: set it only when the content owner has decided one.
         */
        dataLicense: text.optional(),
      }),
    )
    .refine((settings) => settings.status !== 'antagna' || settings.decision, { message: DECISION_MISSING, path: ['decision'] });

  const dokument = z.strictObject(
    explained('dokument', {
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
          z.strictObject(
            explained('dokument.quotes', {
              /** Unique on the whole site; pages cite the quote by it. */
              id: quoteId,
              /** The passage, word for word as in `text` (line breaks and extra spaces do not matter). */
              text,
            }),
          ),
        )
        .default([]),
      /** Notes for readers on what changed in substance; see `changeNotes`. */
      changes: changeNotes,
    }),
  );

  const aktorer = z.strictObject(
    explained('aktorer', {
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
        .strictObject(
          explained('aktorer.contact', {
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
          }),
        )
        .refine((contact) => contact.email ?? contact.phone ?? contact.url ?? contact.address, CONTACT_EMPTY)
        .optional(),
      /** Date of the last change in substance (YYYY-MM-DD); used when git history is missing. */
      updated: isoDate,
      /** Notes for readers on what changed in substance; see `changeNotes`. */
      changes: changeNotes,
    }),
  );

  const ordlista = z.strictObject(
    explained('ordlista', {
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
      /** Notes for readers on what changed in substance; see `changeNotes`. */
      changes: changeNotes,
    }),
  );

  const insatser = z
    .strictObject(
      explained('insatser', {
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
        responsible: z.array(assignment('insatser.responsible')).default([]),
        /** Actors the source names as taking part or collaborating, each with its quote. */
        partners: z.array(assignment('insatser.partners')).default([]),
        /** Documents the description is based on. */
        sources: z.array(reference('dokument')).min(1),
        /** Date of the last change in substance (YYYY-MM-DD); used when git history is missing. */
        updated: isoDate,
        /** Notes for readers on what changed in substance; see `changeNotes`. */
        changes: changeNotes,
      }),
    )
    .refine((data) => data.targetGroups.length === 0 || data.targetBasis.length > 0, {
      message: TARGET_BASIS_MISSING,
      path: ['targetBasis'],
    });

  const ansvar = z.strictObject(
    explained('ansvar', {
      /** The duty, as a short imperative, e.g. "Ta fram en årlig lägesbild". */
      title: text,
      /** Place of the duty in the matrix (1 = first row). */
      order: z.number().int().positive(),
      /** How often the duty recurs, with the quote that says so; left out when the source does not say. */
      cadence: z
        .strictObject(
          explained('ansvar.cadence', {
            /** How often. */
            value: z.enum(cadences),
            /** The quote that gives the cadence. */
            basis: quoteId,
          }),
        )
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
          z.strictObject(
            explained('ansvar.roles', {
              /** The actor. */
              actor: reference('aktorer'),
              /** What the actor does in this duty. */
              role: z.enum(roles),
              /** The quote that states the role. */
              basis: quoteId,
            }),
          ),
        )
        .default([]),
      /** Documents that set out the duty. */
      sources: z.array(reference('dokument')).min(1),
      /** Date of the last change in substance (YYYY-MM-DD); used when git history is missing. */
      updated: isoDate,
      /** Notes for readers on what changed in substance; see `changeNotes`. */
      changes: changeNotes,
    }),
  );

  const riktlinjer = z.strictObject(
    explained('riktlinjer', {
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
      /** Notes for readers on what changed in substance; see `changeNotes`. */
      changes: changeNotes,
    }),
  );

  const sidor = z.strictObject(
    explained('sidor', {
      /** The page heading. */
      title: text,
      /** The lead paragraph and meta description. */
      summary: text,
      /** Date of the last change in substance (YYYY-MM-DD); used when git history is missing. */
      updated: isoDate,
      /** Notes for readers on what changed in substance; see `changeNotes`. */
      changes: changeNotes,
    }),
  );

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
/** One change note as the schema gives it: `date` is a `Date` at midnight UTC of the day written. */
export type ChangeNote = z.output<typeof changeNotes>[number];

// ---------------------------------------------------------------------------
// Open data exports
// ---------------------------------------------------------------------------
//
// The files under /data/ (src/pages/data/): the duties, actors, interventions,
// glossary and documents as JSON for other systems, made at build by
// src/lib/open-data.ts. Each field carries its Swedish description from
// src/i18n/data.sv.json, so the JSON Schema published beside each file
// (`z.toJSONSchema`) explains it. A value the content leaves out is `null`,
// never a missing key, so every record has the same fields (a table in Excel).

/** A key of the Swedish field descriptions in `src/i18n/data.sv.json`. */
type DataFieldKey = keyof typeof dataFields;

/** Gives an export field its Swedish description from `src/i18n/data.sv.json`. */
const described = <T extends z.ZodType>(key: DataFieldKey, schema: T): T => schema.meta({ description: dataFields[key] });

/** A fixed value as both its id and the words the site shows, e.g. `{ id: 'ansvarar', label: 'ansvarar' }`. */
const choiceData = <const T extends readonly [string, ...string[]]>(ids: T) =>
  z.strictObject({ id: described('choice.id', z.enum(ids)), label: described('choice.label', z.string()) });

const refId = described('ref.id', slug);
const actorRefData = z.strictObject({ id: refId, name: described('actorRef.name', z.string()) });
const documentRefData = z.strictObject({ id: refId, title: described('documentRef.title', z.string()) });
const dutyRefData = z.strictObject({ id: refId, title: described('dutyRef.title', z.string()) });
const termRefData = z.strictObject({ id: refId, term: described('termRef.term', z.string()) });

/** A quote that supports a claim, with its document and where it stands on the site. */
const basisData = z.strictObject({
  id: described('basis.id', quoteId),
  text: described('basis.text', z.string()),
  document: described('basis.document', documentRefData),
  page: described('basis.page', z.url()),
});

/** An actor a source names, with the quote that names it. */
const assignmentData = z.strictObject({
  actor: described('assignment.actor', actorRefData),
  basis: described('assignment.basis', basisData),
});

/** One entry of `aktorer.json`. */
const actorItem = z.strictObject({
  id: described('aktorer.id', slug),
  name: described('aktorer.name', z.string()),
  abbreviation: described('aktorer.abbreviation', z.string().nullable()),
  group: described('aktorer.group', choiceData(actorGroups)),
  partOf: described('aktorer.partOf', actorRefData.nullable()),
  summary: described('aktorer.summary', z.string()),
  workplaces: described('aktorer.workplaces', z.array(z.string())),
  professions: described('aktorer.professions', z.array(z.string())),
  contact: described(
    'aktorer.contact',
    z
      .strictObject({
        label: described('aktorer.contact.label', z.string()),
        email: described('aktorer.contact.email', z.email().nullable()),
        phone: described('aktorer.contact.phone', z.string().nullable()),
        url: described('aktorer.contact.url', z.url().nullable()),
        address: described('aktorer.contact.address', z.string().nullable()),
        source: described('aktorer.contact.source', documentRefData),
      })
      .nullable(),
  ),
  page: described('aktorer.page', z.url()),
});

/** One entry of `ansvar.json`: a duty of the responsibility matrix with every role. */
const dutyItem = z.strictObject({
  id: described('ansvar.id', slug),
  title: described('ansvar.title', z.string()),
  order: described('ansvar.order', z.number().int().positive()),
  cadence: described(
    'ansvar.cadence',
    choiceData(cadences)
      .extend({ basis: described('ansvar.cadence.basis', basisData) })
      .nullable(),
  ),
  produces: described('ansvar.produces', choiceData(products).nullable()),
  basedOn: described('ansvar.basedOn', z.array(dutyRefData)),
  roles: described(
    'ansvar.roles',
    z.array(
      z.strictObject({
        actor: described('ansvar.roles.actor', actorRefData),
        role: described('ansvar.roles.role', choiceData(roles)),
        basis: described('ansvar.roles.basis', basisData),
      }),
    ),
  ),
  sources: described('ansvar.sources', z.array(documentRefData)),
  page: described('ansvar.page', z.url()),
});

/** One entry of `insatser.json`. */
const interventionItem = z.strictObject({
  id: described('insatser.id', slug),
  title: described('insatser.title', z.string()),
  summary: described('insatser.summary', z.string()),
  kind: described('insatser.kind', choiceData(interventionKinds)),
  example: described('insatser.example', basisData),
  targetGroups: described('insatser.targetGroups', z.array(choiceData(targetGroups))),
  targetBasis: described('insatser.targetBasis', z.array(basisData)),
  responsible: described('insatser.responsible', z.array(assignmentData)),
  partners: described('insatser.partners', z.array(assignmentData)),
  sources: described('insatser.sources', z.array(documentRefData)),
  page: described('insatser.page', z.url()),
});

/** One entry of `ordlista.json`. */
const termItem = z.strictObject({
  id: described('ordlista.id', slug),
  term: described('ordlista.term', z.string()),
  definition: described('ordlista.definition', z.string()),
  abbreviations: described('ordlista.abbreviations', z.array(z.string())),
  synonyms: described('ordlista.synonyms', z.array(z.string())),
  related: described('ordlista.related', z.array(termRefData)),
  source: described('ordlista.source', documentRefData.nullable()),
  page: described('ordlista.page', z.url()),
});

/** One entry of `dokument.json`: the document's facts and the quotes the site cites, not its whole stored text. */
const documentItem = z.strictObject({
  id: described('dokument.id', slug),
  title: described('dokument.title', z.string()),
  kind: described('dokument.kind', choiceData(documentKinds)),
  date: described('dokument.date', z.iso.date().nullable()),
  issuer: described(
    'dokument.issuer',
    z
      .strictObject({
        id: described('dokument.issuer.id', slug.nullable()),
        name: described('dokument.issuer.name', z.string()),
      })
      .nullable(),
  ),
  designation: described('dokument.designation', z.string().nullable()),
  description: described('dokument.description', z.string()),
  locator: described('dokument.locator', z.string()),
  url: described('dokument.url', z.url().nullable()),
  context: described('dokument.context', z.boolean()),
  quotes: described(
    'dokument.quotes',
    z.array(z.strictObject({ id: described('dokument.quotes.id', quoteId), text: described('dokument.quotes.text', z.string()) })),
  ),
  page: described('dokument.page', z.url()),
});

/** A published file: what it is, where it comes from, on what terms, and its entries. */
const openDataFile = <Item extends z.ZodType>(item: Item) =>
  z.strictObject({
    $schema: described('file.$schema', z.url()),
    title: described('file.title', z.string()),
    description: described('file.description', z.string()),
    site: described('file.site', z.url()),
    page: described('file.page', z.url()),
    updated: described('file.updated', z.iso.date()),
    status: described('file.status', choiceData(guidelineStates)),
    license: described('file.license', z.string().nullable()),
    owners: described('file.owners', z.array(actorRefData)),
    items: described('file.items', z.array(item)),
  });

/** The shape of each JSON file under /data/, by file name: `insatser` is `/data/insatser.json`. */
export const openDataSchemas = {
  ansvar: openDataFile(dutyItem),
  aktorer: openDataFile(actorItem),
  insatser: openDataFile(interventionItem),
  ordlista: openDataFile(termItem),
  dokument: openDataFile(documentItem),
};
export type OpenDataName = keyof typeof openDataSchemas;
/** The content of each JSON file under /data/. */
export type OpenData = { [Name in OpenDataName]: z.output<(typeof openDataSchemas)[Name]> };
