/**
 * `npm run check:content`: checks all content without building the site.
 * Exits 1 and prints every problem when something is wrong (on GitHub Actions
 * also as annotations on the pull request and on the check's summary); names the pages
 * whose LIX is above the limit and the actors without a contact route,
 * without failing.
 */
import { appendFileSync } from 'node:fs';
import { missingContactWarning } from '../src/lib/content-check/contacts.ts';
import { checkContent, formatProblems } from '../src/lib/content-check/index.ts';
import { githubAnnotations } from '../src/lib/content-check/problem.ts';
import { readabilityReport, readabilityWarnings } from '../src/lib/readability-report.ts';

const started = performance.now();
const { problems, entries } = checkContent(process.cwd());
const seconds = ((performance.now() - started) / 1000).toFixed(2);
if (problems.length > 0) {
  process.stderr.write(formatProblems(problems));
  // In a pull request's check on GitHub, each problem also shows beside its line, and the report on the check's summary page.
  if (process.env.GITHUB_ACTIONS === 'true') process.stdout.write(githubAnnotations(problems));
  if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, `\`\`\`\n${formatProblems(problems)}\`\`\`\n`);
  process.exit(1);
}
process.stdout.write(`Innehållet är korrekt (kontrollerat på ${seconds} s).\n`);
const warnings = readabilityWarnings(readabilityReport(entries));
if (warnings.length > 0) process.stdout.write(`\nSvår text (en varning, inget fel):\n${warnings.map((line) => `  ${line}`).join('\n')}\n`);
for (const line of missingContactWarning(entries)) process.stdout.write(`\nKontaktvägar (en varning, inget fel):\n  ${line}\n`);
