import type { AstroIntegration } from 'astro';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { problemText } from '../i18n/problems.ts';
import { missingContactWarning } from '../lib/content-check/contacts.ts';
import { checkContent, formatProblems, type ContentProblem } from '../lib/content-check/index.ts';
import { ContentRecheck } from '../lib/content-recheck.ts';
import { devReportPage } from '../lib/dev-report.ts';
import { LogGate } from '../lib/log-gate.ts';
import { readabilityReport, readabilityWarnings } from '../lib/readability-report.ts';
import { byBuildScript } from './build-script.ts';

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
  return {
    name: 'riktlinjer:content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, isRestart, logger }) => {
        root = fileURLToPath(config.root);
        if (command === 'build' && byBuildScript()) return;
        const { problems, entries } = checkContent(root);
        startProblems = problems;
        if (problems.length === 0) {
          const warnings = [...readabilityWarnings(readabilityReport(entries)), ...missingContactWarning(entries)];
          for (const warning of warnings) logger.warn(warning);
          return;
        }
        logger.error(formatProblems(problems));
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
          check: () => checkContent(root).problems,
          problems: startProblems,
          onChecked: (problems, previous) => {
            gate.settle(problems.length > 0);
            if (problems.length > 0) logger.error(formatProblems(problems));
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
