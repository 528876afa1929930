/**
 * The content collections. Every schema comes from `src/schemas.ts`; this file
 * only tells Astro where each collection's files are.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionFiles, createSchemas, type ReferenceFactory } from './schemas.ts';

const schemas = createSchemas(reference as unknown as ReferenceFactory);

function collection<C extends keyof typeof schemas>(name: C) {
  const { folder, pattern } = collectionFiles[name];
  return defineCollection({
    loader: glob({ base: `./content/${folder}`, pattern }),
    schema: schemas[name],
  });
}

export const collections = {
  dokument: collection('dokument'),
  aktorer: collection('aktorer'),
  ordlista: collection('ordlista'),
  insatser: collection('insatser'),
  ansvar: collection('ansvar'),
  riktlinjer: collection('riktlinjer'),
  sidor: collection('sidor'),
};
