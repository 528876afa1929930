/**
 * `npm run check:content`: checks all content without building the site.
 * Exits 1 and prints every problem when something is wrong; names the pages
 * whose LIX is above the limit and the actors without a contact route,
 * without failing.
 *
 * The plain Swedish report goes to stderr in every mode. In CI the problems
 * also show beside their lines in the pull or merge request:
 * - on GitHub Actions (`GITHUB_ACTIONS=true`) as annotations on stdout and the
 *   report on the check's summary page;
 * - on GitLab CI (`GITLAB_CI=true`) as a Code Quality report, written to
 *   `gl-code-quality-report.json` or the file `--codequality=<file>` names, also
 *   when there are no problems, so that GitLab sees earlier findings fixed.
 */
import { appendFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CODE_QUALITY_REPORT, githubAnnotations, gitlabCodeQuality } from '../src/lib/content-check/ci-reports.ts';
import { missingContactWarning } from '../src/lib/content-check/contacts.ts';
import { checkContent, formatProblems } from '../src/lib/content-check/index.ts';
import { readabilityReport, readabilityWarnings } from '../src/lib/readability-report.ts';

const { values: options } = parseArgs({ options: { codequality: { type: 'string' } } });

const started = performance.now();
const { problems, entries } = checkContent(process.cwd());
const seconds = ((performance.now() - started) / 1000).toFixed(2);

if (process.env.GITLAB_CI === 'true' || options.codequality) {
  writeFileSync(options.codequality ?? CODE_QUALITY_REPORT, gitlabCodeQuality(problems));
}
if (problems.length > 0) {
  process.stderr.write(formatProblems(problems));
  if (process.env.GITHUB_ACTIONS === 'true') process.stdout.write(githubAnnotations(problems));
  if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, `\`\`\`\n${formatProblems(problems)}\`\`\`\n`);
  process.exit(1);
}
process.stdout.write(`Innehållet är korrekt (kontrollerat på ${seconds} s).\n`);
const warnings = readabilityWarnings(readabilityReport(entries));
if (warnings.length > 0) process.stdout.write(`\nSvår text (en varning, inget fel):\n${warnings.map((line) => `  ${line}`).join('\n')}\n`);
for (const line of missingContactWarning(entries)) process.stdout.write(`\nKontaktvägar (en varning, inget fel):\n  ${line}\n`);
