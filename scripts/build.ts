/**
 * `npm run build`: builds the site into `.dist-staging/` and replaces `dist/`
 * only when the whole build passed, so a failed build never leaves the served
 * site half-overwritten. Arguments are passed on to `astro build`.
 * An editor's mistake stops the build with the content checker's Swedish report
 * (`src/integrations/content-check.ts`), as it does `astro build` run directly,
 * which writes straight to `dist/`.
 *
 * Astro runs with settings that keep the build's memory from growing with the
 * number of pages (`npm run bench` measures them; see README, "Bygget i stor skala").
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildFolders, discardStaging, recoverDist, replaceDist } from '../src/lib/staged-build.ts';

const root = process.cwd();
const folders = buildFolders(root);
if (recoverDist(folders)) process.stdout.write('Ett avbrutet bygge hade flyttat undan dist/; den är tillbaka.\n');
discardStaging(folders);

const astro = path.join(path.dirname(createRequire(path.join(root, 'package.json')).resolve('astro/package.json')), 'bin/astro.mjs');
/**
 * V8 keeps a young generation of 16 MB (two semi-spaces of 8 MB) instead of up
 * to 128 MB, and lets the heap grow to 1.3 times what is alive after a full
 * collection instead of up to 4 times: most of what the build allocates (the
 * syntax trees of every MDX file) is garbage soon after. Measured at 1 000
 * pages, Astro's process peaks at about 730 MB instead of 1 080 MB.
 */
const V8_FLAGS = ['--max-semi-space-size=8', '--heap-growing-percent=30'];
/**
 * Rolldown's allocator (mimalloc) hands the memory it frees back to the system
 * at once instead of keeping it for later. A value set in the environment wins.
 */
const ALLOCATOR = { MIMALLOC_PURGE_DELAY: '0' };

const build = spawnSync(process.execPath, [...V8_FLAGS, astro, 'build', '--outDir', folders.staging, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...ALLOCATOR, ...process.env },
});

if (build.status !== 0) {
  discardStaging(folders);
  process.stderr.write('\nBygget misslyckades. Webbplatsen i dist/ är orörd; rätta felen ovan och bygg igen.\n');
  process.exit(build.status ?? 1);
}
replaceDist(folders);
process.stdout.write('Bygget lyckades och har ersatt dist/.\n');
