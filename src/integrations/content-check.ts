import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { missingContactWarning } from '../lib/content-check/contacts.ts';
import { checkContent, formatProblems } from '../lib/content-check/index.ts';
import { readabilityReport, readabilityWarnings } from '../lib/readability-report.ts';

/**
 * Runs the content checker before Astro reads any content, so an editor's
 * mistake stops the build with a Swedish message that names file, line and fix.
 * In `astro dev` the report is logged and the server keeps running. Pages
 * whose LIX is above the limit in `src/content-rules.ts` are warned about,
 * without stopping anything, and so are actors without a contact route.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'riktlinjer:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const { problems, entries } = checkContent(fileURLToPath(config.root));
        if (problems.length > 0) {
          const report = formatProblems(problems);
          if (command !== 'dev') throw new Error(report);
          logger.error(report);
          return;
        }
        for (const warning of [...readabilityWarnings(readabilityReport(entries)), ...missingContactWarning(entries)]) logger.warn(warning);
      },
    },
  };
}
