import type { PageWeight } from '../../tests/support/page-weight.ts';
import type { LighthouseResult } from './lighthouse.ts';
import type { BuildCost, SummarisedCost } from './measure-build.ts';
import type { SearchCost } from './search.ts';
import { STARLIGHT_VARIANTS, type StarlightVariant } from './starlight.ts';

/** The clean builds of the real site or a generated corpus. */
export interface BuildRun extends SummarisedCost {
  name: string;
  /**
   * Seconds the content checker takes on the same content on its own (`npm run check:content`), without its
   * parse cache and with the cache of an unchanged tree; it also runs at the start of the build.
   */
  contentCheckSeconds: { cold: number; warm: number };
  /** The search index and everything else the build wrote, in bytes. */
  indexBytes: number;
  outputBytes: number;
}

/** A Starlight site built after each build of the 1 000-page corpus (`starlight.ts`). */
export interface ReferenceRun extends SummarisedCost {
  variant: StarlightVariant;
}

export interface BenchReport {
  date: string;
  machine: { cpus: number; memoryGb: number; node: string; load: number[] };
  builds: BuildRun[];
  /** Empty when the bench ran without the 1 000-page corpus or with `--no-starlight`. */
  references: ReferenceRun[];
  pages: PageWeight[];
  readingPages: { count: number; maxGzip: number; maxRequests: number; maxJsGzip: number; largest: string };
  search: SearchCost;
  searchIndex: { bytes: number; files: number };
  lighthouse: LighthouseResult[];
  server: string;
  /** The real site built again in its built copy after one content file changed (warm caches). */
  oneFileRebuild: BuildCost;
}

/**
 * The clean builds measured when issue #16 was filed (2026-11-29, the same
 * 2-core machine), shown beside each run so the change is visible.
 */
export const BEFORE: Readonly<Record<string, { seconds: number; peakMemoryMb: number }>> = {
  'korpus 1000': { seconds: 27.9, peakMemoryMb: 1456 },
  'korpus 5000': { seconds: 89, peakMemoryMb: 3900 },
};

/** The build of the generated corpus of `pages` pages, when the bench made one. */
const corpusRun = (report: BenchReport, pages: number) => report.builds.find((run) => run.name === `korpus ${pages}`);

/** A figure for every 1 000 pages of a build. */
const perThousand = (value: number, run: BuildRun) => Number(((value / run.pages) * 1000).toFixed(1));

/** One target of the issue and how the bench did. */
export interface TargetCheck {
  target: string;
  measured: string;
  met: boolean;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The targets from the issue, compared with the report's figures. */
export function checkTargets(report: BenchReport): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const thousand = corpusRun(report, 1000);
  const fiveThousand = corpusRun(report, 5000);
  if (thousand) {
    const range = thousand.runs > 1 ? `, median av ${thousand.runs} (${thousand.secondsRange.join('–')} s)` : '';
    checks.push({ target: 'Bygge, 1 000 sidor ≤ 20 s', measured: `${thousand.seconds} s${range}`, met: thousand.seconds <= 20 });
    checks.push({ target: 'Minne, 1 000 sidor ≤ 1 GB', measured: `${thousand.peakMemoryMb} MB`, met: thousand.peakMemoryMb <= 1024 });
  }
  // The issue's reference is Starlight as it comes; the ratio to the short-sidebar build is printed beside it.
  const standard = report.references.find((run) => run.variant === 'standard');
  if (thousand && standard) {
    const ratio = thousand.seconds / standard.seconds;
    checks.push({
      target: 'Bygge, 1 000 sidor ≤ 0,7 × Starlight som den kommer, i samma körning',
      measured: `${ratio.toFixed(2)}× (${thousand.seconds} s mot ${standard.seconds} s)`,
      met: ratio <= 0.7,
    });
  }
  if (fiveThousand) {
    checks.push({ target: 'Minne, 5 000 sidor ≤ 2 GB', measured: `${fiveThousand.peakMemoryMb} MB`, met: fiveThousand.peakMemoryMb <= 2048 });
  }
  if (thousand && fiveThousand) {
    const growth = fiveThousand.seconds / fiveThousand.pages / (thousand.seconds / thousand.pages);
    checks.push({ target: 'Nära linjär tillväxt till 5 000 sidor (tid per sida ≤ 1,25×)', measured: `${growth.toFixed(2)}×`, met: growth <= 1.25 });
  }
  const reading = report.readingPages;
  checks.push({ target: 'Läsande sida ≤ 15 KB gzip', measured: `${kb(reading.maxGzip)} (${reading.largest})`, met: reading.maxGzip <= 15 * 1024 });
  checks.push({ target: 'Läsande sida ≤ 3 anrop', measured: String(reading.maxRequests), met: reading.maxRequests <= 3 });
  checks.push({ target: 'Läsande sida ≤ 1 KB gzip JS', measured: kb(reading.maxJsGzip), met: reading.maxJsGzip <= 1024 });
  for (const result of report.lighthouse) {
    const scores = Object.values(result.scores);
    checks.push({ target: `Lighthouse mobil 100 × 4, ${result.page}`, measured: scores.join(' / '), met: scores.every((score) => score === 100) });
  }
  return checks;
}

/** Prints the report as tables in the terminal. */
export function printReport(report: BenchReport, reportPath: string): void {
  console.log(`\nByggen (rent, utan cache; ${report.machine.cpus} kärnor, belastning ${report.machine.load.map((l) => l.toFixed(1)).join(' ')}):`);
  console.table(
    report.builds.map((run) => ({
      bygge: run.name,
      sidor: run.pages,
      sekunder: run.runs > 1 ? `${run.seconds} (${run.secondsRange.join('–')})` : run.seconds,
      'CPU s': run.cpuSeconds,
      'toppminne MB': run.peakMemoryMb,
      's per 1 000 sidor': perThousand(run.seconds, run),
      'MB per 1 000 sidor': Math.round(perThousand(run.peakMemoryMb, run)),
      'före #16 (s / MB)': BEFORE[run.name] ? `${BEFORE[run.name]!.seconds} / ${BEFORE[run.name]!.peakMemoryMb}` : '',
      'sökindex s': run.searchIndexSeconds,
      'gzip s': run.precompressSeconds,
      'innehållskontroll s (kall/varm)': `${run.contentCheckSeconds.cold} / ${run.contentCheckSeconds.warm}`,
      'index MB': Number((run.indexBytes / 1024 / 1024).toFixed(1)),
    })),
  );
  const [first, ...larger] = report.builds.filter((run) => run.name.startsWith('korpus'));
  for (const run of larger) {
    // What each further 1 000 pages cost: the growth beyond what every build pays, whatever its size.
    const pages = (run.pages - first!.pages) / 1000;
    console.log(
      `Från ${first!.name} till ${run.name}: ${((run.seconds - first!.seconds) / pages).toFixed(1)} s och ${Math.round((run.peakMemoryMb - first!.peakMemoryMb) / pages)} MB till per ytterligare 1 000 sidor.`,
    );
  }
  const thousand = corpusRun(report, 1000);
  for (const reference of report.references) {
    const range = reference.runs > 1 ? ` (${reference.secondsRange.join('–')})` : '';
    const ratio = thousand ? `; korpus 1000 tar ${(thousand.seconds / reference.seconds).toFixed(2)}× dess tid` : '';
    console.log(
      `Referens, ${STARLIGHT_VARIANTS[reference.variant]}, ${reference.pages} sidor, byggd efter varje bygge av korpus 1000: ${reference.seconds} s${range}, ${reference.cpuSeconds} CPU s, toppminne ${reference.peakMemoryMb} MB${ratio}.`,
    );
  }
  const rebuild = report.oneFileRebuild;
  console.log(`Webbplatsen byggd igen efter en ändrad fil: ${rebuild.seconds} s (${rebuild.cpuSeconds} CPU s, toppminne ${rebuild.peakMemoryMb} MB).`);
  console.log('Sidor före interaktion (gzip; rå storlek inom parentes):');
  console.table(
    report.pages.map((weight) => ({
      sida: weight.file,
      anrop: weight.requests,
      html: `${kb(weight.html.gzip)} (${kb(weight.html.raw)})`,
      css: `${kb(weight.css.gzip)} (${kb(weight.css.raw)})`,
      js: `${kb(weight.js.gzip)} (${kb(weight.js.raw)})`,
      totalt: kb(weight.total.gzip),
    })),
  );
  const { firstSearch, keystrokeToResultsMs: keys } = report.search;
  console.log(`Första sökningen: ${kb(firstSearch.gzip)} gzip (${kb(firstSearch.bytes)} rått) i ${firstSearch.requests} anrop`);
  console.log(`Tangent till resultat: p50 ${keys.p50} ms, p95 ${keys.p95} ms, max ${keys.max} ms (${keys.queries} frågor)`);
  console.log(`Sökindex (webbplatsen): ${kb(report.searchIndex.bytes)} i ${report.searchIndex.files} filer`);
  for (const result of report.lighthouse) {
    const { fcp, lcp, tbt, cls } = result.metrics;
    console.log(`Lighthouse ${result.page}: ${Object.entries(result.scores).map(([id, score]) => `${id} ${score}`).join(', ')}; FCP ${fcp} ms, LCP ${lcp} ms, TBT ${tbt} ms, CLS ${cls}`);
    for (const shortfall of result.shortfalls) console.log(`  ${shortfall}`);
  }
  console.log('\nMål:');
  console.table(checkTargets(report).map((check) => ({ mål: check.target, uppmätt: check.measured, klarat: check.met ? 'ja' : 'NEJ' })));
  console.log(`Rapport: ${reportPath} (server: ${report.server})`);
}
