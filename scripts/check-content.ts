/**
 * `npm run check:content`: checks all content without building the site.
 * Exits 1 and prints every problem when something is wrong.
 */
import { checkContent, formatProblems } from '../src/lib/content-check/index.ts';

const started = performance.now();
const problems = checkContent(process.cwd());
const seconds = ((performance.now() - started) / 1000).toFixed(2);
if (problems.length > 0) {
  process.stderr.write(formatProblems(problems));
  process.exit(1);
}
process.stdout.write(`Innehållet är korrekt (kontrollerat på ${seconds} s).\n`);
