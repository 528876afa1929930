import { assert } from 'vitest';

/** One thing wrong on one page, with what a developer needs to find and fix it. */
export interface Problem {
  /** The page's path, e.g. `/ansvar/`. */
  page: string;
  /** The rule broken, e.g. `color-contrast` (axe) or `missing-fragment` (our own). */
  rule: string;
  /** What is wrong, in a sentence. */
  message: string;
  /** Under which conditions it shows, e.g. `dark, 320 px`; empty when always. */
  condition?: string;
  /** A CSS selector for the element. */
  selector?: string;
  /** The start of the element's HTML. */
  snippet?: string;
}

/** How many problems of one page the report spells out; the rest are counted. */
const MAX_PER_PAGE = 20;

/**
 * The problems as a report grouped by page, one block per problem:
 *
 * ```
 * /ansvar/
 *   color-contrast [dark, 320 px]: Elements must meet minimum color contrast ratio thresholds
 *     at  .rvbe-matrix__cadence
 *     <span class="rvbe-matrix__cadence">Varje år</span>
 * ```
 */
export function formatProblems(problems: readonly Problem[]): string {
  const byPage = Map.groupBy(problems, (problem) => problem.page);
  const blocks = [...byPage].map(([page, list]) => {
    const lines = list
      .slice(0, MAX_PER_PAGE)
      .flatMap(({ rule, condition, message, selector, snippet }) => [
        `  ${rule}${condition ? ` [${condition}]` : ''}: ${message}`,
        ...(selector ? [`    at  ${selector}`] : []),
        ...(snippet ? [`    ${oneLine(snippet)}`] : []),
      ]);
    const more = list.length > MAX_PER_PAGE ? [`  … and ${list.length - MAX_PER_PAGE} more on this page`] : [];
    return [page, ...lines, ...more].join('\n');
  });
  const pages = byPage.size === 1 ? '1 page' : `${byPage.size} pages`;
  return `${problems.length} problem${problems.length === 1 ? '' : 's'} on ${pages}:\n\n${blocks.join('\n\n')}`;
}

/** Fails the test with the readable report when there is any problem. */
export function expectNoProblems(problems: readonly Problem[]): void {
  if (problems.length > 0) assert.fail(formatProblems(problems));
}

function oneLine(html: string): string {
  const flat = html.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 159)}…` : flat;
}
