/**
 * `npm run bench`: clean builds of the real site and of generated corpora of
 * 1 000 and 5 000 pages (time, peak memory, Pagefind's share, per 1 000
 * pages), then, on the real site: what each page costs before any
 * interaction, the first search's bytes and requests, keystroke-to-results
 * time in Chromium, the index size, Lighthouse on the mobile profile, and the
 * build after one changed file. Writes bench/results/bench.json and
 * prints tables with the targets. Not a test: times vary with the machine.
 *
 * Wall and CPU times on a shared machine vary by 10–20 % from one build to
 * the next, so the real site and the 1 000-page corpus are built `--runs`
 * times (3 by default), each in a fresh copy, and reported as the median with
 * the range; memory as the highest peak of the runs. After each build of the
 * 1 000-page corpus, an Astro Starlight site of as many pages is built as a
 * reference, as Starlight comes and with a short sidebar
 * (`scripts/bench/starlight.ts`), so they are compared in the same minutes.
 *
 *   npm run bench                          everything
 *   npm run bench -- --corpus=1000         only the 1 000-page corpus
 *   npm run bench -- --corpus= --no-lighthouse --runs=1
 *   npm run bench -- --no-starlight        without the reference (it needs the npm registry the first time)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { PARSE_CACHE_FILE } from '../src/lib/content-source/cache.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { htmlPages, root } from '../tests/support/build.ts';
import { budgetFor, READING } from '../tests/support/budgets.ts';
import { NGINX, serveWithNginx } from '../tests/support/nginx.ts';
import { pageWeight } from '../tests/support/page-weight.ts';
import { serveSite } from '../tests/support/static-server.ts';
import { runLighthouse } from './bench/lighthouse.ts';
import { measureBuild, summarise, type BuildCost } from './bench/measure-build.ts';
import { copyProject } from './bench/project-copy.ts';
import { printReport, type BenchReport, type BuildRun, type ReferenceRun } from './bench/report.ts';
import { measureSearch } from './bench/search.ts';
import { prepareStarlight, STARLIGHT_VARIANTS, type ReferenceSite, type StarlightVariant } from './bench/starlight.ts';
import { generateCorpus } from './generate-corpus.ts';

const option = (name: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const corpusSizes = (option('corpus') ?? '1000,5000').split(',').filter(Boolean).map(Number);
const withLighthouse = !process.argv.includes('--no-lighthouse');
const runs = Number(option('runs') ?? 3);
const withStarlight = !process.argv.includes('--no-starlight');
/** The corpus the Starlight reference is built beside: the size of the issue's target. */
const REFERENCE_PAGES = 1000;
/** Builds of this many pages or more are made once: the 5 000-page build takes minutes. */
const ONCE_FROM_PAGES = 5000;
const resultsDir = path.join(root, 'bench/results');

/** The pages shown one by one in the report: one of each kind. */
const SAMPLE_PAGES = [
  'index.html',
  'riktlinjer/lagesbild-och-planer/index.html',
  'aktorer/socialnamnden/index.html',
  'insatser/nattvandring/index.html',
  'ansvar/index.html',
  'insatser/index.html',
  'mitt-ansvar/index.html',
  'sok/index.html',
  'riktlinjer/hela/index.html',
];

function folderSize(folder: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const file of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(path.join(folder, file));
    if (stat.isFile()) {
      bytes += stat.size;
      files++;
    }
  }
  return { bytes, files };
}

/**
 * Times `npm run check:content` on a project copy, the same check that runs at
 * the start of every build: cold, without the parse cache, and warm, with the
 * cache the cold run left for an unchanged tree.
 */
function timeContentCheck(projectRoot: string): { cold: number; warm: number } {
  const run = () => {
    const started = performance.now();
    spawnSync(process.execPath, [path.join(projectRoot, 'scripts/check-content.ts')], { cwd: projectRoot, stdio: 'ignore' });
    return Number(((performance.now() - started) / 1000).toFixed(2));
  };
  rmSync(path.join(projectRoot, PARSE_CACHE_FILE), { force: true });
  return { cold: run(), warm: run() };
}

/**
 * Clean builds, each in a fresh copy of the project, of the real content or of
 * a generated corpus of `pages` pages; the copy of the last one is kept for
 * the measurements that follow. `afterEach` runs after every build.
 */
async function cleanBuild(
  name: string,
  times: number,
  pages?: number,
  afterEach?: () => Promise<void>,
): Promise<{ run: BuildRun; dist: string; root: string; remove(): void }> {
  const costs: BuildCost[] = [];
  for (let index = 1; ; index++) {
    const copy = copyProject(root);
    if (pages) generateCorpus(path.join(copy.root, 'content'), pages);
    console.log(`Bygger ${name}${times > 1 ? ` (${index} av ${times})` : ''} …`);
    costs.push(await measureBuild(copy.root, gitFor(copy.root)));
    await afterEach?.();
    if (index < times) {
      copy.remove();
      continue;
    }
    const dist = path.join(copy.root, 'dist');
    const run = {
      name,
      ...summarise(costs),
      contentCheckSeconds: timeContentCheck(copy.root),
      indexBytes: folderSize(path.join(dist, 'pagefind')).bytes,
      outputBytes: folderSize(dist).bytes,
    };
    return { run, dist, root: copy.root, remove: copy.remove };
  }
}

/** Git history is read from the real repository (read-only), as the real build does. */
const gitFor = (copyRoot: string): Record<string, string> =>
  existsSync(path.join(root, '.git')) ? { GIT_DIR: path.join(root, '.git'), GIT_WORK_TREE: copyRoot } : {};

/** The file an editor changes in the one-file rebuild: a guideline section. */
const CHANGED_FILE = 'content/riktlinjer/lagesbild-och-planer.mdx';

/**
 * The build an editor waits for after changing one file: in the project copy
 * that has just been built (its caches warm, as on an editor's machine), one
 * sentence is added to a guideline section and the site is built again.
 */
async function oneFileRebuild(projectRoot: string): Promise<BuildCost> {
  const file = path.join(projectRoot, CHANGED_FILE);
  writeFileSync(file, `${readFileSync(file, 'utf8')}\nEn mening som en redaktör har lagt till.\n`);
  console.log('Bygger webbplatsen igen efter en ändrad fil …');
  return measureBuild(projectRoot, gitFor(projectRoot));
}

/** The Starlight reference of `pages` pages, or nothing (with the reason) when it cannot be installed. */
function starlightReference(pages: number): ReferenceSite | undefined {
  try {
    console.log('Förbereder Starlight-referensen …');
    return prepareStarlight(root, pages);
  } catch (error) {
    console.log(`Ingen Starlight-referens: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

async function main() {
  const site = await cleanBuild('webbplatsen', runs);
  const builds: BuildRun[] = [site.run];
  const references: ReferenceRun[] = [];
  for (const pages of corpusSizes) {
    const starlight = withStarlight && pages === REFERENCE_PAGES ? starlightReference(pages) : undefined;
    const referenceCosts: Record<StarlightVariant, BuildCost[]> = { standard: [], lean: [] };
    const buildReferences = async (referenceSite: ReferenceSite) => {
      for (const variant of ['standard', 'lean'] as const) {
        referenceSite.prepareBuild(variant);
        console.log(`Bygger referensen: ${STARLIGHT_VARIANTS[variant]} …`);
        referenceCosts[variant].push(await measureBuild(referenceSite.root, {}, referenceSite.command));
      }
    };
    const corpus = await cleanBuild(
      `korpus ${pages}`,
      pages >= ONCE_FROM_PAGES ? 1 : runs,
      pages,
      starlight && (() => buildReferences(starlight)),
    );
    builds.push(corpus.run);
    corpus.remove();
    if (starlight) for (const variant of ['standard', 'lean'] as const) references.push({ variant, ...summarise(referenceCosts[variant]) });
  }

  const files = htmlPages(site.dist);
  const reading = files.filter((file) => budgetFor(file) === READING).map((file) => pageWeight(site.dist, file));
  const largest = reading.reduce((a, b) => (b.total.gzip > a.total.gzip ? b : a));
  // nginx with the shipped configuration when it is installed (gzip, headers, caching as in production).
  const server = existsSync(NGINX) ? await serveWithNginx(site.dist) : await serveSite(site.dist);
  const browser = await launchBrowser();
  try {
    const report: BenchReport = {
      date: new Date().toISOString(),
      machine: { cpus: cpus().length, memoryGb: Math.round(totalmem() / 1024 ** 3), node: process.version, load: loadavg() },
      builds,
      references,
      pages: SAMPLE_PAGES.filter((file) => files.includes(file)).map((file) => pageWeight(site.dist, file)),
      readingPages: {
        count: reading.length,
        maxGzip: largest.total.gzip,
        maxRequests: Math.max(...reading.map((weight) => weight.requests)),
        maxJsGzip: Math.max(...reading.map((weight) => weight.js.gzip)),
        largest: largest.file,
      },
      search: await measureSearch(browser, server.url),
      searchIndex: folderSize(path.join(site.dist, 'pagefind')),
      lighthouse: withLighthouse
        ? await runLighthouse([
            { page: 'startsidan', url: server.url },
            { page: 'ett avsnitt', url: new URL('riktlinjer/lagesbild-och-planer/', server.url).href },
          ])
        : [],
      server: existsSync(NGINX) ? 'nginx med deploy/riktlinjer.conf' : 'Node (sirv), utan komprimering',
      // Last, since it changes the site's copy that the figures above are measured on.
      oneFileRebuild: await oneFileRebuild(site.root),
    };
    mkdirSync(resultsDir, { recursive: true });
    const reportPath = path.join(resultsDir, 'bench.json');
    writeFileSync(reportPath, `${JSON.stringify(report, null, 2)}\n`);
    printReport(report, path.relative(root, reportPath));
  } finally {
    await browser.close();
    await server.close();
    site.remove();
  }
}

await main();
