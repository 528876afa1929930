import { interventionKinds } from '../../schemas.ts';
import { checkedProps, propProblem, type CheckedComponent } from '../editor-components.ts';
import type { ContentProblem } from './problem.ts';
import type { SourceEntry } from './source.ts';

/** A use of a checked component, `<Ansvar …>`, `<Insatser …>` or `<Begrepp …>`, with its attributes. */
const USAGE = new RegExp(`<(${Object.keys(checkedProps).join('|')})\\b([^>]*)>`, 'g');
/** Code that shows MDX rather than uses it: fenced blocks and inline code. */
const CODE = /```[\s\S]*?```|`[^`\n]*`/g;

/** The literal value of `prop` in an attribute list; `null` when it is an expression the checker cannot read. */
function attribute(attributes: string, prop: string): string | undefined | null {
  const match = new RegExp(`\\b${prop}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|\\{\\s*(?:"([^"]*)"|'([^']*)')\\s*\\}|(\\{))`).exec(attributes);
  if (!match) return undefined;
  if (match[5]) return null;
  return match[1] ?? match[2] ?? match[3] ?? match[4];
}

/**
 * Checks the props of the editor components used in MDX bodies, so that
 * `npm run check:content` and the start of the build report an unknown actor,
 * kind or term with file and line, together with every other content problem.
 * The components check again when they render.
 */
export function componentProblems(entries: readonly SourceEntry[], ids: { aktorer: readonly string[]; ordlista: readonly string[] }): ContentProblem[] {
  const valid: Record<CheckedComponent, readonly string[]> = { Ansvar: ids.aktorer, Insatser: interventionKinds, Begrepp: ids.ordlista };
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    if (!entry.body) continue;
    // Blank out code but keep its line breaks, so line numbers stay right.
    const body = entry.body.replace(CODE, (code) => code.replace(/[^\n]/g, ' '));
    for (const match of body.matchAll(USAGE)) {
      const component = match[1] as CheckedComponent;
      const value = attribute(match[2] ?? '', checkedProps[component].prop);
      if (value === null) continue;
      const problem = propProblem(component, value, valid[component]);
      if (!problem) continue;
      const usage = value === undefined ? `<${component} />` : `<${component} ${checkedProps[component].prop}="${value}" />`;
      problems.push({
        file: entry.file,
        line: entry.bodyLine + body.slice(0, match.index).split('\n').length - 1,
        message: `${usage}: ${problem.message}`,
        fix: problem.fix,
      });
    }
  }
  return problems;
}
