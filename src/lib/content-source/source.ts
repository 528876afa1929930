import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { globSync } from 'tinyglobby';
import { isMap, isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { collectionFiles, collectionNames, type CollectionName } from '../../schemas.ts';
import { firstYamlError } from './yaml-error.ts';

/** A content file found in a collection's folder, not yet read. */
export interface ContentFile {
  collection: CollectionName;
  /** The entry id: the file name without its extension, with its subfolder: `om/redigera`. */
  id: string;
  /** Path relative to the project root, with forward slashes, e.g. `content/insatser/nattvandring.mdx`. */
  file: string;
  /** Set when the file's extension is not the one its collection reads (e.g. `.md` among `.mdx`): the build would skip it. */
  ignoredExtension?: string;
}

/** One content file as the editor wrote it, before validation. */
export interface SourceEntry extends ContentFile {
  /** The parsed frontmatter (MDX) or document (YAML); `undefined` when it could not be parsed. */
  data: unknown;
  /** The MDX body after the frontmatter; empty for YAML and for MDX without frontmatter. */
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  /** 1-based line of the value at `fieldPath`, or of the closest parent that exists. */
  lineOf(fieldPath: readonly PropertyKey[]): number;
  /** A YAML syntax error (the `yaml` package's error code, see `firstYamlError()`), with its line, when the frontmatter could not be parsed. */
  syntaxError?: { line: number; message: string };
  /** The whole file as written. */
  text: string;
}

/**
 * An entry with the frontmatter fields that passed their schema, as the schema
 * gave them: every field of a valid entry, the readable ones of an entry with errors.
 */
export interface ParsedEntry {
  source: SourceEntry;
  data: Record<string, unknown>;
}

/** An entry whose whole frontmatter passed its schema. */
export type ValidEntry = ParsedEntry;

/** Extensions of files an editor may have meant as content; other files (images, `.DS_Store`) are left alone. */
const CONTENT_EXTENSIONS = ['.mdx', '.md', '.markdown', '.yaml', '.yml', '.json'];

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * Lists every file of every collection under `contentDir`, including files
 * with another content extension than the collection's, which are marked
 * `ignoredExtension` so the checker can say that the build would skip them.
 * A collection whose pattern starts with `**` is listed with its subfolders;
 * the id then keeps the folder: `om/redigera`.
 * @param collections the collections to list; all of them by default.
 */
export function listContent(
  rootDir: string,
  contentDir = 'content',
  collections: readonly CollectionName[] = collectionNames,
): ContentFile[] {
  return collections.flatMap((collection) => {
    const { folder, pattern } = collectionFiles[collection];
    // The loader's own pattern decides which files the build reads; other content-like files are listed to be reported.
    const readByBuild = picomatch(pattern, { dot: false });
    const directory = path.join(rootDir, contentDir, folder);
    const names = existsSync(directory)
      ? globSync(pattern.startsWith('**') ? '**/*' : '*', { cwd: directory, onlyFiles: true })
          .filter((name) => CONTENT_EXTENSIONS.includes(path.extname(name)))
          .sort()
      : [];
    return names.map((name) => {
      const file: ContentFile = {
        collection,
        id: name.slice(0, -path.extname(name).length),
        file: path.posix.join(contentDir, folder, name),
      };
      if (!readByBuild(name)) file.ignoredExtension = path.extname(name);
      return file;
    });
  });
}

/**
 * Reads and parses every file that `listContent` finds.
 * @param collections the collections to read; all of them by default.
 * @example readContent(root, 'content', ['ordlista']) // the glossary's entries only
 */
export function readContent(
  rootDir: string,
  contentDir = 'content',
  collections: readonly CollectionName[] = collectionNames,
): SourceEntry[] {
  return listContent(rootDir, contentDir, collections).map(({ collection, id, file, ignoredExtension }) => {
    const entry = parseSource(collection, id, file, readFileSync(path.join(rootDir, file), 'utf8'));
    if (ignoredExtension) entry.ignoredExtension = ignoredExtension;
    return entry;
  });
}

/** Parses one file's text; exported for tests that build entries in memory. */
export function parseSource(collection: CollectionName, id: string, file: string, written: string): SourceEntry {
  // Windows editors (Notepad, Word) may save UTF-8 with a byte order mark; it is not content.
  const text = written.replace(/^\uFEFF/, '');
  const isYaml = /\.(ya?ml|json)$/.test(file);
  const match = isYaml ? null : FRONTMATTER.exec(text);
  const yamlText = isYaml ? text : (match?.[1] ?? '');
  // In MDX the YAML starts on line 2, after the opening `---`.
  const lineOffset = isYaml ? 0 : 1;
  const body = match ? text.slice(match[0].length) : '';
  const bodyLine = isYaml ? 1 : (match?.[0].split('\n').length ?? 1);

  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const firstError = firstYamlError(document, yamlText);
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + lineOffset;

  const entry: SourceEntry = {
    collection,
    id,
    file,
    data: firstError ? undefined : (document.toJS() ?? {}),
    body,
    bodyLine,
    text,
    lineOf: (fieldPath) => lineAt(offsetOf(document, fieldPath)),
  };
  if (!isYaml && !match) {
    entry.syntaxError = { line: 1, message: 'frontmatter.missing' };
  } else if (firstError) {
    entry.syntaxError = { line: lineAt(firstError.offset), message: firstError.code };
  }
  return entry;
}

/** Offset of the deepest node along `fieldPath` that exists. */
function offsetOf(document: Document, fieldPath: readonly PropertyKey[]): number {
  for (let depth = fieldPath.length; depth > 0; depth--) {
    const keys = fieldPath.slice(0, depth) as (string | number)[];
    const parent = depth > 1 ? document.getIn(keys.slice(0, -1), true) : document.contents;
    // A key's line is where the editor sees the field, so prefer the key over the value.
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isNode(item.key) && String((item.key as { value: unknown }).value) === String(keys.at(-1)));
      if (pair && isNode(pair.key) && pair.key.range) return pair.key.range[0];
    }
    const node = document.getIn(keys, true);
    if (isNode(node) && node.range) return node.range[0];
  }
  return document.contents && isNode(document.contents) && document.contents.range ? document.contents.range[0] : 0;
}
