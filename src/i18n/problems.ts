import { fill } from './fill.ts';
import problems from './problems.sv.json' with { type: 'json' };

/** A key of the Swedish messages for editors in `problems.sv.json`: the content checker's and the build's. */
export type ProblemKey = keyof typeof problems;

/** A rule with both a `<rule>.message` and a `<rule>.fix` template, e.g. `quote.unknown`. */
export type ProblemRule = {
  [K in ProblemKey]: K extends `${infer Rule}.message` ? (`${Rule}.fix` extends ProblemKey ? Rule : never) : never;
}[ProblemKey];

type Values = Record<string, string | number>;

/**
 * Looks up a message template and fills in `{placeholders}`.
 * @example problemText('report.summary.other', { count: 3 }) // 'Innehållet har 3 fel. Bygget stoppas tills alla är rättade.'
 */
export function problemText(key: ProblemKey, values: Values = {}): string {
  return fill(problems[key], values);
}

/**
 * A rule's message and fix, both filled with `values`.
 * @param hint a sentence put before the fix, such as a "did you mean" (`hint.didYouMean`); left out when empty.
 * @example problem('text.empty', { field: 'title' }) // { message: 'Fältet är tomt.', fix: 'Skriv en text i "title".' }
 */
export function problem(rule: ProblemRule, values: Values = {}, hint?: string): { message: string; fix: string } {
  const fix = problemText(`${rule}.fix`, values);
  return { message: problemText(`${rule}.message`, values), fix: hint ? `${hint} ${fix}` : fix };
}
