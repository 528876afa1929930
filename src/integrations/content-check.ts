import type { AstroIntegration } from 'astro';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { problemText } from '../i18n/problems.ts';
import type { ContentProblem } from '../lib/content-check/index.ts';
import type { SourceEntry } from '../lib/content-source/source.ts';
import { ContentRecheck } from '../lib/content-recheck.ts';
import { devReportPage } from '../lib/dev-report.ts';
import { LogGate } from '../lib/log-gate.ts';
import { byBuildScript } from './build-script.ts';

/**
 * The checker and its warnings, loaded only when the check runs here: under
 * `npm run build` it runs in a process of its own, and Astro's process then
 * never loads it (about 20 MB less at Astro's peak, 1 000 pages).
 */
async function loadChecker() {
  const [{ checkContent, formatProblems }, { missingContactWarning }, { readabilityReport, readabilityWarnings }] = await Promise.all([
    import('../lib/content-check/index.ts'),
    import('../lib/content-check/contacts.ts'),
    import('../lib/readability-report.ts'),
  ]);
  const warnings = (entries: readonly SourceEntry[]) => [
    ...readabilityWarnings(readabilityReport(entries)),
    ...missingContactWarning(entries),
  ];
  return { checkContent, formatProblems, warnings };
}

/** The folders the checker reads: the content, and `public/` for the images the content shows. */
const CHECKED_FOLDERS = ['content', 'public'];

/** A browser asking for a page (not a script, style or image). */
const isPageRequest = (request: IncomingMessage) =>
  (request.method === 'GET' || request.method === 'HEAD') && (request.headers.accept ?? '').includes('text/html');

/**
 * Runs the content checker before Astro reads any content, so an editor's
 * mistake is reported in Swedish with file, line and fix:
 * - `astro build` (and `astro dev` starting up) print the report and stop, with
 *   no English wrapper or stack trace from Astro.
 * - While `astro dev` runs, every save under `content/` or `public/` checks the
 *   content again. Problems are printed in the terminal, every page shows them
 *   (`devReportPage`) and reloads when they change, and Astro's own English
 *   errors about the same mistakes are kept out of the terminal (`LogGate`).
 * Pages whose LIX is above the limit in `src/content-rules.ts` are warned
 * about, without stopping anything, and so are actors without a contact route.
 * Under `npm run build` the script runs the same check beside Astro instead
 * (`build-script.ts`).
 */
export function contentCheck(): AstroIntegration {
  let root = '';
  let startProblems: readonly ContentProblem[] = [];
  let checker: Awaited<ReturnType<typeof loadChecker>>;
  return {
    name: 'riktlinjer:content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, isRestart, logger }) => {
        root = fileURLToPath(config.root);
        if (command === 'build' && byBuildScript()) return;
        checker = await loadChecker();
        const { problems, entries } = checker.checkContent(root);
        startProblems = problems;
        if (problems.length === 0) {
          for (const warning of checker.warnings(entries)) logger.warn(warning);
          return;
        }
        logger.error(checker.formatProblems(problems));
        // A running dev server that restarts for a changed config goes on, showing the problems on every page.
        if (command === 'dev' && isRestart) return;
        if (command === 'dev') logger.error(problemText('dev.notStarted'));
        // Astro would wrap an error thrown here in an English message and a stack trace, so the process ends
        // itself, once the report has reached the terminal.
        await new Promise((resolve) => process.stderr.write('', resolve));
        process.exit(1);
      },
      'astro:server:setup': ({ server, logger }) => {
        // Astro offers no way to filter its log, so the gate takes the place of the destination that this
        // logger shares with all of Astro's (tests/dev-server.test.ts proves Astro's English stays out).
        const gate = new LogGate(logger.options.destination, logger.label, startProblems.length > 0);
        logger.options.destination = gate;
        const recheck = new ContentRecheck({
          check: () => checker.checkContent(root).problems,
          problems: startProblems,
          onChecked: (problems, previous) => {
            gate.settle(problems.length > 0);
            if (problems.length > 0) logger.error(checker.formatProblems(problems));
            else if (previous.length > 0) logger.info(problemText('dev.fixed'));
            // Open pages reload, to show the report, its new state, or the page itself again.
            if (problems.length > 0 || previous.length > 0) server.ws.send({ type: 'full-reload' });
          },
          onFailed: (error, problems) => {
            gate.settle(problems.length > 0);
            logger.error(String(error));
          },
        });

        const folders = CHECKED_FOLDERS.map((folder) => path.join(root, folder) + path.sep);
        server.watcher.on('all', (_event, file) => {
          if (!folders.some((folder) => file.startsWith(folder))) return;
          gate.hold();
          recheck.changed();
        });

        const viteClient = `${server.config.base}@vite/client`;
        server.middlewares.use(async (request, response, next) => {
          if (!isPageRequest(request)) return next();
          const problems = await recheck.settled();
          if (problems.length === 0) return next();
          response.writeHead(500, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
          response.end(devReportPage(problems, viteClient));
        });
      },
    },
  };
}
