/**
 * The content collections. Every schema comes from `src/schemas.ts`; this file
 * only tells Astro where each collection's files are.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionFiles, createSchemas, type CollectionName, type ReferenceFactory } from './schemas.ts';

const schemas = createSchemas(reference as unknown as ReferenceFactory);

const files = (name: CollectionName) => glob({ base: `./content/${collectionFiles[name].folder}`, pattern: collectionFiles[name].pattern });

export const collections = {
  installningar: defineCollection({ loader: files('installningar'), schema: schemas.installningar }),
  dokument: defineCollection({ loader: files('dokument'), schema: schemas.dokument }),
  aktorer: defineCollection({ loader: files('aktorer'), schema: schemas.aktorer }),
  ordlista: defineCollection({ loader: files('ordlista'), schema: schemas.ordlista }),
  insatser: defineCollection({ loader: files('insatser'), schema: schemas.insatser }),
  ansvar: defineCollection({ loader: files('ansvar'), schema: schemas.ansvar }),
  riktlinjer: defineCollection({ loader: files('riktlinjer'), schema: schemas.riktlinjer }),
  sidor: defineCollection({ loader: files('sidor'), schema: schemas.sidor }),
};
