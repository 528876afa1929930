/**
 * The content collections. Every schema comes from `src/schemas.ts`; this file
 * only tells Astro where each collection's files are, and which ids each
 * reference may name, for the JSON Schemas VS Code reads (`.vscode/settings.json`).
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { listContent } from './lib/content-source/source.ts';
import { idSuggestions } from './lib/field-reference.ts';
import { collectionFiles, createSchemas, type CollectionName, type ReferenceFactory } from './schemas.ts';

// The ids as they are when Astro writes the schemas (`astro sync`, `astro dev`, the build); VS Code offers them as values.
const contentFiles = listContent(process.cwd()).filter((file) => !file.ignoredExtension);
const idsOf = (collection: CollectionName) => contentFiles.filter((file) => file.collection === collection).map((file) => file.id);
const referenceWithIds = ((collection: CollectionName) =>
  reference(collection).meta(idSuggestions(idsOf(collection)))) as unknown as ReferenceFactory;
const schemas = createSchemas(referenceWithIds);

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
