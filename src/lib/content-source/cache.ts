/**
 * What the content checker parsed on its last run, kept on disk so that an
 * unchanged file is not parsed again: `npm run check:content` and the check at
 * the start of every build and dev server then parse only the files that
 * changed. Only the parser's output is kept, never a check's result, so every
 * check (including those across files: references, links, duplicates, quotes)
 * runs on every run, and a change to a check or a schema needs no invalidation.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The one cache file, beside other tools' caches, which a clean checkout or `rm -rf node_modules` drops. */
export const PARSE_CACHE_FILE = 'node_modules/.cache/riktlinjer-check/parsed.json';

const hashOf = (text: string) => createHash('sha256').update(text).digest('base64url');

/** The contents of `file`, or nothing when it cannot be read. */
function readIfPresent(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/**
 * The version of what the cache holds: the parser's code and configuration
 * (`mdx-tree.ts`), the cache's own format (this file) and the exact versions of
 * the parser's packages (the lockfile). A change to any of them makes every
 * cached result stale.
 */
export function parserVersion(rootDir: string): string {
  const sources = ['package-lock.json', 'src/lib/content-source/mdx-tree.ts', 'src/lib/content-source/cache.ts'];
  return hashOf(sources.map((file) => readIfPresent(path.join(rootDir, file))).join('\0'));
}

/**
 * A parse function remembered by the hash of the text it parsed, between runs,
 * in one JSON file. A missing, unreadable or stale file, or one of another
 * version, is ignored and written anew; only the results used in the last run
 * are kept, so the file does not grow with every edit.
 * @example
 * const cache = new ParseCache({ file, version: parserVersion(root), parse: parseMdx, isResult });
 * const parsed = cache.get(entry.body); // parsed now, or taken from the last run
 * cache.save();
 */
export class ParseCache<T> {
  readonly #file: string;
  readonly #version: string;
  readonly #parse: (text: string) => T;
  readonly #stored: Map<string, T>;
  readonly #used = new Map<string, T>();
  #changed = false;

  constructor(options: { file: string; version: string; parse: (text: string) => T; isResult: (value: unknown) => value is T }) {
    this.#file = options.file;
    this.#version = options.version;
    this.#parse = options.parse;
    this.#stored = new Map(Object.entries(this.#load()).filter((item): item is [string, T] => options.isResult(item[1])));
  }

  /** The stored results when the file holds this version's, else none. */
  #load(): Record<string, unknown> {
    try {
      const stored = JSON.parse(readFileSync(this.#file, 'utf8')) as { version?: unknown; results?: unknown };
      const fresh = stored.version === this.#version && typeof stored.results === 'object' && stored.results !== null;
      return fresh ? (stored.results as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  }

  /** The parse of `text`: from the last run when the same text was parsed then, else parsed now. */
  get(text: string): T {
    const hash = hashOf(text);
    const known = this.#used.get(hash) ?? this.#stored.get(hash);
    if (known !== undefined) {
      this.#used.set(hash, known);
      return known;
    }
    const parsed = this.#parse(text);
    this.#used.set(hash, parsed);
    this.#changed = true;
    return parsed;
  }

  /**
   * Writes the results used since the cache was opened, when they differ from
   * the stored ones. The file is written beside its final name and renamed, so
   * a run that stops halfway, or two runs at once, never leave half a file.
   * A cache that cannot be written (a read-only checkout) is left alone: it only saves time.
   */
  save(): void {
    if (!this.#changed && this.#used.size === this.#stored.size) return;
    const partial = `${this.#file}.${process.pid}.tmp`;
    try {
      mkdirSync(path.dirname(this.#file), { recursive: true });
      writeFileSync(partial, JSON.stringify({ version: this.#version, results: Object.fromEntries(this.#used) }));
      renameSync(partial, this.#file);
    } catch {
      // Nothing more to do: the next run parses again.
      rmSync(partial, { force: true });
    }
  }
}
