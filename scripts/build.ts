/**
 * `npm run build`: builds the site into `.dist-staging/` and replaces `dist/`
 * only when the whole build passed, so a failed build never leaves the served
 * site half-overwritten. Arguments are passed on to `astro build`.
 * An editor's mistake stops the build with the content checker's Swedish report
 * (`src/integrations/content-check.ts`), as it does `astro build` run directly,
 * which writes straight to `dist/`.
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
const build = spawnSync(process.execPath, [astro, 'build', '--outDir', folders.staging, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});

if (build.status !== 0) {
  discardStaging(folders);
  process.stderr.write('\nBygget misslyckades. Webbplatsen i dist/ är orörd; rätta felen ovan och bygg igen.\n');
  process.exit(build.status ?? 1);
}
replaceDist(folders);
process.stdout.write('Bygget lyckades och har ersatt dist/.\n');
