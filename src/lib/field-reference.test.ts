import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import fields from '../i18n/fields.sv.json' with { type: 'json' };
import { collectionNames, createSchemas, type ReferenceFactory } from '../schemas.ts';
import { fieldHelp, fieldReference, idSuggestions } from './field-reference.ts';
import { t } from '../i18n/index.ts';

const reference = fieldReference({ aktorer: ['polisen', 'socialnamnden'], dokument: ['remiss-riktlinjer-2024'] });
const fieldsOf = (collection: string) => reference.find((item) => item.collection === collection)!.fields;
const field = (collection: string, path: string) => fieldsOf(collection).find((item) => item.path === path)!;

describe('the field reference', () => {
  it('explains every field of every schema, nested fields included, and nothing else', () => {
    const walked = reference.flatMap(({ collection, fields }) => fields.map((item) => `${collection}.${item.path}`));
    expect(walked).toContain('insatser.responsible.actor');
    expect(walked).toContain('ansvar.cadence.value');
    expect(walked).toContain('aktorer.contact.email');
    expect(walked).toContain('installningar.editing.host');
    // A field every collection shares (`changes`) is explained once, under its own path without the collection.
    const shared = (key: string) => (key in fields ? key : key.slice(key.indexOf('.') + 1));
    expect(Object.keys(fields).sort()).toEqual([...new Set(walked.map(shared))].sort());
  });

  it('explains the change notes once, the same in every collection that has them', () => {
    const notes = ['riktlinjer', 'insatser', 'ansvar', 'aktorer', 'sidor', 'dokument', 'ordlista'].map((collection) =>
      fieldsOf(collection).filter((item) => item.path.startsWith('changes')),
    );
    expect(notes[0]!.map((item) => item.path)).toEqual(['changes', 'changes.date', 'changes.text', 'changes.heading']);
    expect(notes[0]![0]).toMatchObject({ required: false, default: [], description: fields.changes.description });
    for (const list of notes) expect(list).toEqual(notes[0]);
    expect(fieldsOf('installningar').some((item) => item.path === 'changes')).toBe(false);
  });

  it('gives every field a Swedish explanation and an example', () => {
    for (const [key, text] of Object.entries(fields)) {
      expect(text.description.trim(), key).not.toBe('');
      expect(text.example, key).not.toBeUndefined();
    }
  });

  it('lists the collections in the checker’s order, each with its files', () => {
    expect(reference.map((item) => item.collection)).toEqual([...collectionNames]);
    expect(reference.find((item) => item.collection === 'insatser')).toMatchObject({
      files: 'content/insatser/<id>.mdx',
      frontmatter: true,
    });
    expect(reference.find((item) => item.collection === 'installningar')).toMatchObject({
      files: 'content/installningar/webbplats.yaml',
      frontmatter: false,
    });
  });

  it('tells required fields, defaults, kinds of value and examples as the editor writes them', () => {
    expect(field('insatser', 'title')).toMatchObject({ required: true, kind: 'text', example: 'title: Sociala insatsgrupper (SIG)' });
    expect(field('insatser', 'updated')).toMatchObject({ required: true, kind: 'datum, ÅÅÅÅ-MM-DD', example: 'updated: 2026-11-26' });
    expect(field('installningar', 'editing.branch')).toMatchObject({ required: false, default: 'main', parent: 'editing', name: 'branch' });
    expect(field('dokument', 'context')).toMatchObject({ required: false, default: false, kind: 'true (ja) eller false (nej)' });
    expect(field('ansvar', 'order')).toMatchObject({ required: true, kind: 'heltal', example: 'order: 4' });
    expect(field('insatser', 'example')).toMatchObject({ kind: 'citat-id' });
    expect(field('insatser', 'targetBasis')).toMatchObject({ required: false, default: [], kind: 'lista, där varje värde är citat-id' });
    expect(field('insatser', 'sources').example).toBe('sources: [remiss-riktlinjer-2024, yttrande-hagersten-alvsjo-2024]');
    expect(field('insatser', 'partners').example).toBe('partners:\n  - actor: redex\n    basis: exempel-riktade');
    expect(field('aktorer', 'contact.url')).toMatchObject({ kind: 'webbadress som börjar med https://' });
    expect(field('aktorer', 'contact.email')).toMatchObject({ kind: 'e-postadress' });
  });

  it('lists an enum’s values and, for a reference, its target and the ids it was given', () => {
    expect(field('ansvar', 'roles.role').allowed).toEqual(['ansvarar', 'beslutar', 'medverkar', 'stodjer', 'tar-emot']);
    expect(field('insatser', 'targetGroups')).toMatchObject({ kind: 'lista, där varje värde är ett av de tillåtna värdena' });
    expect(field('insatser', 'responsible.actor')).toMatchObject({
      kind: 'id för en aktör',
      target: 'aktorer',
      allowed: ['polisen', 'socialnamnden'],
    });
    expect(field('riktlinjer', 'sources')).toMatchObject({ kind: 'lista, där varje värde är id för ett dokument', target: 'dokument' });
    expect(field('riktlinjer', 'interventions')).toMatchObject({ target: 'insatser' });
    expect(field('riktlinjer', 'interventions').allowed).toBeUndefined();
  });
});

describe('fieldHelp', () => {
  it('explains a field by a Zod issue’s path, list positions ignored', () => {
    expect(fieldHelp('ansvar', ['roles', 0, 'role'])).toEqual({
      description: fields['ansvar.roles.role'].description,
      kind: t('fields.kind.choice'),
      allowed: ['ansvarar', 'beslutar', 'medverkar', 'stodjer', 'tar-emot'],
    });
    expect(fieldHelp('dokument', 'quotes.2.text')).toEqual({
      description: fields['dokument.quotes.text'].description,
      kind: t('fields.kind.text'),
    });
  });

  it('lists the ids a reference may name when they are given', () => {
    expect(fieldHelp('riktlinjer', ['owner'], { aktorer: ['socialnamnden'] })).toEqual({
      description: fields['riktlinjer.owner'].description,
      kind: t('fields.kind.reference.aktorer'),
      allowed: ['socialnamnden'],
    });
  });

  it('knows no field that the schema does not have', () => {
    expect(fieldHelp('insatser', 'reportsTo')).toBeUndefined();
  });
});

describe('the JSON Schemas Astro writes for VS Code', () => {
  // Astro's reference(): a union of the forms an id may take, transformed to { collection, id }.
  const astroLikeReference = ((collection: string) =>
    z
      .union([z.string(), z.object({ id: z.string(), collection: z.string() })])
      .transform((id) => ({ collection, id }))
      .meta(idSuggestions(['polisen', 'socialnamnden']))) as unknown as ReferenceFactory;
  // The options Astro passes when it writes .astro/collections/<collection>.schema.json.
  const jsonSchema = (schema: z.ZodType) =>
    z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as unknown as { properties: Record<string, Record<string, unknown>> };
  const insatser = jsonSchema(createSchemas(astroLikeReference).insatser);

  it('carry each field’s Swedish explanation, nested fields included', () => {
    expect(insatser.properties.targetBasis!.description).toBe(fields['insatser.targetBasis'].description);
    expect(JSON.stringify(insatser)).toContain(fields['insatser.partners.actor'].description);
  });

  it('carry the example of a field that is not transformed', () => {
    expect(insatser.properties.kind!.examples).toEqual(['riktad']);
  });

  it('offer the ids of the entries as values of a reference', () => {
    const riktlinjer = jsonSchema(createSchemas(astroLikeReference).riktlinjer);
    expect(riktlinjer.properties.owner).toMatchObject({
      description: fields['riktlinjer.owner'].description,
      defaultSnippets: [
        { label: 'polisen', body: 'polisen' },
        { label: 'socialnamnden', body: 'socialnamnden' },
      ],
    });
  });
});
