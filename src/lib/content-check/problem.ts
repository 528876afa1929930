import { problemText } from '../../i18n/problems.ts';

/** One thing wrong in the content, located for the editor who must fix it. */
export interface ContentProblem {
  /** Path relative to the project root, e.g. `content/insatser/nattvandring.mdx`. */
  file: string;
  /** 1-based line in that file. */
  line: number;
  /** The field it concerns, named as an editor reads it (`fieldName()`), e.g. `actor i punkt 2 under roles`. */
  field?: string;
  /** What is wrong, in Swedish. */
  message: string;
  /** How to fix it, in Swedish. */
  fix: string;
}

/**
 * Names a frontmatter field the way an editor reads it, in Swedish: a list
 * item by its number from 1, a field after the field or item it is under.
 * The templates are the `fieldPath.*` keys of `problems.sv.json`.
 * @example fieldName(['roles', 1, 'actor']) // 'actor i punkt 2 under roles'
 * @example fieldName(['contact', 'email']) // 'email under contact'
 */
export function fieldName(fieldPath: readonly PropertyKey[]): string {
  if (fieldPath.length < 2) return fieldPath.map(String).join('');
  const last = fieldPath.at(-1)!;
  const parentPath = fieldPath.slice(0, -1);
  const parent = fieldName(parentPath);
  if (typeof last === 'number') return problemText('fieldPath.item', { number: last + 1, parent });
  return problemText(typeof parentPath.at(-1) === 'number' ? 'fieldPath.inItem' : 'fieldPath.inObject', { field: String(last), parent });
}

/**
 * Formats all problems as one report, grouped in file order.
 * @example
 * content/insatser/nattvandring.mdx:4 — kind: Värdet "forebygande" är inte tillåtet.
 *   Så rättar du: Skriv ett av de tillåtna värdena: forebyggande, riktad.
 */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  const fixLabel = problemText('report.fixLabel');
  const lines = sorted.map(
    (problem) =>
      `${problem.file}:${problem.line} — ${problem.field ? `${problem.field}: ` : ''}${problem.message}\n  ${fixLabel} ${problem.fix}`,
  );
  const summary =
    problems.length === 1 ? problemText('report.summary.one') : problemText('report.summary.other', { count: problems.length });
  return `${summary}\n\n${lines.join('\n\n')}\n`;
}
