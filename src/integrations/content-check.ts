import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent, formatProblems } from '../lib/content-check/index.ts';

/**
 * Runs the content checker before Astro reads any content, so an editor's
 * mistake stops the build with a Swedish message that names file, line and fix.
 * In `astro dev` the report is logged and the server keeps running.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'riktlinjer:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const problems = checkContent(fileURLToPath(config.root));
        if (problems.length === 0) return;
        const report = formatProblems(problems);
        if (command === 'dev') {
          logger.error(report);
          return;
        }
        throw new Error(report);
      },
    },
  };
}
