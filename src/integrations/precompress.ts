import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { constants, gzip } from 'node:zlib';
import { problemText } from '../i18n/problems.ts';
import { changedFiles } from '../lib/changed-files.ts';
import { byBuildScript } from './build-script.ts';

const gzipAsync = promisify(gzip);

/** The label of the compression's log line, which `npm run bench` reads. */
export const PRECOMPRESS_LOG = 'riktlinjer:precompress';
/** Files worth compressing: text the browser asks for. Pagefind's index and wasm files are compressed already. */
const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|txt|csv|xml|webmanifest)$/;
/** Astro's server build of the pages, inside the output folder until the pages are written; never published. */
const SERVER_BUILD = `.prerender${path.sep}`;
/** Below this size a .gz file saves less than the request headers weigh. */
const MIN_BYTES = 256;
/** How many files are compressed at once; zlib runs them on libuv's thread pool, off the main thread. */
const PARALLEL = 8;

/** True for a file the build should write a `.gz` beside. */
export function isCompressible(file: string): boolean {
  return COMPRESSIBLE.test(file);
}

/**
 * Writes `file.gz` (gzip level 9) beside every compressible file in `folder`
 * that compression makes smaller, so that a web server can send it as it is
 * (nginx `gzip_static on`, see deploy/riktlinjer.conf) instead of compressing
 * on every request. Returns how many files were written.
 *
 * `seen` remembers each file looked at, with its modification time, so that a
 * second call on the same folder handles only the files added or changed since.
 * With `settledBefore` (a `Date.now()`), files last written at or after that
 * time are left for a later call: they may still be being written (`changedFiles`).
 */
export async function precompressFolder(folder: string, seen = new Map<string, number>(), settledBefore = Infinity): Promise<number> {
  const files = changedFiles(folder, seen, (file) => isCompressible(file) && !file.startsWith(SERVER_BUILD), settledBefore);
  let written = 0;
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const { file, mtimeMs } = files[next++]!;
      const raw = await readFile(path.join(folder, file));
      const compressed = raw.length < MIN_BYTES ? raw : await gzipAsync(raw, { level: constants.Z_BEST_COMPRESSION });
      if (compressed.length < raw.length) {
        await writeFile(path.join(folder, `${file}.gz`), compressed);
        written++;
      }
      // Only once it is done: a file whose compression failed is taken again by the next call.
      seen.set(file, mtimeMs);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return written;
}

/** The log line for `written` files compressed since `started` (a `performance.now()`). */
export const compressedMessage = (written: number, started: number) =>
  problemText('build.precompressed', { count: written, seconds: ((performance.now() - started) / 1000).toFixed(2) });

/**
 * Astro integration: precompresses the finished build. The pages are
 * compressed from `astro:build:generated` on, on libuv's thread pool while the
 * search index is built (Pagefind works in its own process, so the two share
 * the machine's cores instead of taking turns); `astro:build:done` then waits
 * for them and compresses what later integrations wrote or changed. List it
 * after every integration that writes files in `astro:build:done` (the search
 * index, the sitemap), so their files are compressed too. Under `npm run build`
 * the script compresses after Astro instead (`build-script.ts`).
 */
export function precompress(): AstroIntegration {
  const seen = new Map<string, number>();
  let pages: Promise<number> = Promise.resolve(0);
  let started = 0;
  return {
    name: PRECOMPRESS_LOG,
    hooks: {
      'astro:build:generated': ({ dir }) => {
        if (byBuildScript()) return;
        started = performance.now();
        pages = precompressFolder(fileURLToPath(dir), seen);
        // Awaited in astro:build:done, which reports a failure; until then it must not count as unhandled.
        pages.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (byBuildScript()) return;
        const written = (await pages) + (await precompressFolder(fileURLToPath(dir), seen));
        logger.info(compressedMessage(written, started));
      },
    },
  };
}
