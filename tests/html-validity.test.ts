import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { root } from './support/build.ts';
import { expectNoProblems, type Problem } from './support/problems.ts';
import { sitePages } from './support/site-pages.ts';

const siteDir = inject('siteDir');
const pages = sitePages(siteDir);
/** The project's own configuration: the recommended preset, with each change explained in the README. */
const config = JSON.parse(readFileSync(path.join(root, '.htmlvalidate.json'), 'utf8')) as ConfigData;
const validator = new HtmlValidate(config);

describe('HTML validity', () => {
  it('uses html-validate’s recommended preset and turns no rule off', () => {
    expect(config.extends).toContain('html-validate:recommended');
    const off = Object.entries(config.rules ?? {}).filter(([, setting]) =>
      [0, 'off'].includes(Array.isArray(setting) ? setting[0] : setting),
    );
    expect(off).toEqual([]);
  });

  it.each(pages)('$path has no html-validate error', async ({ file, path: pagePath }) => {
    const html = readFileSync(path.join(siteDir, file), 'utf8');
    const report = await validator.validateString(html, file);
    const problems: Problem[] = report.results.flatMap((result) =>
      result.messages
        .filter((message) => message.severity === 2)
        .map((message) => ({
          page: pagePath,
          rule: message.ruleId,
          message: `${message.message} (line ${message.line}, column ${message.column})`,
          selector: message.selector ?? undefined,
          snippet: html.slice(message.offset, message.offset + Math.max(message.size, 120)),
        })),
    );
    expectNoProblems(problems);
  });
});
