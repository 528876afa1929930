/**
 * `npm run build`: builds the site into `.dist-staging/` and replaces `dist/`
 * only when the whole build passed, so a failed build never leaves the served
 * site half-overwritten. Arguments are passed on to `astro build`.
 *
 * The content is checked (`npm run check:content`) while Astro starts, in a
 * process of its own; Astro's output is held back until the check has passed.
 * An editor's mistake stops the build with the checker's Swedish report alone,
 * as it does `astro build` run directly (`src/integrations/content-check.ts`),
 * which checks before it starts and writes straight to `dist/`.
 *
 * Astro runs with settings that keep the build's memory from growing with the
 * number of pages. The search index and the compressed copies are made here:
 * the pages Astro has finished are prepared for Pagefind and compressed while
 * it writes the rest, and the index itself is made after Astro has ended
 * (`src/integrations/build-script.ts`), so that Pagefind's memory never comes
 * on top of Astro's (`npm run bench` measures it; README, "Prestanda").
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { setTimeout } from 'node:timers/promises';
import { problemText } from '../src/i18n/problems.ts';
import { BUILD_SCRIPT } from '../src/integrations/build-script.ts';
import { holdOutput } from '../src/lib/held-output.ts';
import { buildFolders, discardStaging, recoverDist, replaceDist } from '../src/lib/staged-build.ts';

const root = process.cwd();
const folders = buildFolders(root);
if (recoverDist(folders)) process.stdout.write(`${problemText('build.recovered')}\n`);
discardStaging(folders);

const astroBin = path.join(path.dirname(createRequire(path.join(root, 'package.json')).resolve('astro/package.json')), 'bin/astro.mjs');
/**
 * V8 keeps a young generation of at most 32 MB (two semi-spaces of 16 MB)
 * instead of up to 128 MB, and lets the heap grow to 1.2 times what is alive
 * after a full collection instead of up to 4 times: most of what the build
 * allocates (the syntax trees of every file) is garbage soon after. Measured
 * with `npm run bench` and `/usr/bin/time`: at 5 000 pages the build's peak is
 * below 2 GB with them, 2.4 GB without. Semi-spaces of 4 MB saved no memory
 * more and cost 2 s at 1 000 pages in garbage collection. The content check,
 * which runs beside Astro, takes 220 MB at 1 000 pages with them, 316 MB without.
 */
const V8_FLAGS = ['--max-semi-space-size=16', '--heap-growing-percent=20'];
/**
 * Rolldown's allocator (mimalloc) hands the memory it frees back to the system
 * at once instead of keeping it for later. A value set in the environment wins.
 */
const ALLOCATOR = { MIMALLOC_PURGE_DELAY: '0' };
/** How often the pages Astro has written are looked for, in ms. */
const FOLLOW_MS = 500;

/** Leaves dist/ as it was and ends with Astro's exit code, or 1. */
function fail(status: number | null): never {
  discardStaging(folders);
  process.stderr.write(`\n${problemText('build.failed')}\n`);
  process.exit(status ?? 1);
}

/** A log line in Astro's form, `12:04:05 [label] message`. */
const log = (label: string, message: string) => process.stdout.write(`${new Date().toTimeString().slice(0, 8)} [${label}] ${message}\n`);

/** Resolves with a process's exit code, or null when a signal ended it. */
const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.on('close', resolve));

const check = spawn(process.execPath, [...V8_FLAGS, path.join(import.meta.dirname, 'check-content.ts')], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
});
const astro = spawn(process.execPath, [...V8_FLAGS, astroBin, 'build', '--outDir', folders.staging, ...process.argv.slice(2)], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'pipe'],
  // Astro's colours, which it leaves out when its output is not a terminal.
  env: { ...ALLOCATOR, ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}), ...process.env, [BUILD_SCRIPT]: '1' },
});
const releaseAstroOutput = holdOutput(astro);
const astroExited = exited(astro);

// The checker's report has been printed; Astro's own messages about the same mistakes would only be in English.
if ((await exited(check)) !== 0) {
  astro.kill();
  await astroExited;
  fail(1);
}
releaseAstroOutput();
// Loaded while Astro builds (a quarter of a second, and about 25 MB), so the search index can start as soon as Astro ends.
const afterAstro = Promise.all([import('../src/integrations/search-index.ts'), import('../src/integrations/precompress.ts')]);
afterAstro.catch(() => {});

// While Astro writes the pages (on one core, the other mostly idle), the files it has finished are copied for the
// search index and compressed, every half second; what is left is done after Astro has ended.
const copies = afterAstro.then(([{ IndexedCopies }]) => {
  const made = new IndexedCopies();
  // Also when the build fails: the copies are in a temporary folder outside the project.
  process.on('exit', () => made.remove());
  return made;
});
const compressed = new Map<string, number>();
let compressedEarly = 0;
const stopFollowing = new AbortController();
const following = (async () => {
  const [[, { precompressFolder }], early] = await Promise.all([afterAstro, copies]);
  while (!stopFollowing.signal.aborted) {
    try {
      await setTimeout(FOLLOW_MS, undefined, { signal: stopFollowing.signal });
    } catch {
      return; // Astro has ended.
    }
    // A file written within the last interval may still be being written; the next round, or the last, takes it.
    const settled = Date.now() - FOLLOW_MS;
    try {
      early.update(folders.staging, settled);
      compressedEarly += await precompressFolder(folders.staging, compressed, settled);
    } catch {
      // The folder is not there yet, or Astro removed a file of its own while it was listed: the next round sees.
    }
  }
})();
following.catch(() => {});

const status = await astroExited;
stopFollowing.abort();
if (status !== 0) fail(status);
try {
  const [[{ buildSearchIndex, SEARCH_INDEX_LOG }, { compressedMessage, precompressFolder, PRECOMPRESS_LOG }]] = await Promise.all([
    afterAstro,
    following,
  ]);
  const started = performance.now();
  // The rest of the pages are compressed on libuv's thread pool while Pagefind indexes them in its own process.
  const pages = precompressFolder(folders.staging, compressed);
  pages.catch(() => {});
  log(SEARCH_INDEX_LOG, await buildSearchIndex(folders.staging, await copies));
  const written = compressedEarly + (await pages) + (await precompressFolder(folders.staging, compressed));
  log(PRECOMPRESS_LOG, compressedMessage(written, started));
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  fail(1);
}
replaceDist(folders);
process.stdout.write(`${problemText('build.succeeded')}\n`);
