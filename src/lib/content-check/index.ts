import { checkEntries } from './check.ts';
import type { ContentProblem } from './problem.ts';
import { readContent } from './source.ts';

export { formatProblems, type ContentProblem } from './problem.ts';

/** Reads and checks all content under `rootDir/content`; returns every problem found. */
export function checkContent(rootDir: string): ContentProblem[] {
  return checkEntries(readContent(rootDir)).problems;
}
