import { problemText } from '../../i18n/problems.ts';

/** One thing wrong in the content, located for the editor who must fix it. */
export interface ContentProblem {
  /** Path relative to the project root, e.g. `content/insatser/nattvandring.mdx`. */
  file: string;
  /** 1-based line in that file. */
  line: number;
  /** The field it concerns, written as the editor writes it, e.g. `roles[1].actor`. */
  field?: string;
  /** What is wrong, in Swedish. */
  message: string;
  /** How to fix it, in Swedish. */
  fix: string;
}

/** Writes a frontmatter path the way an editor reads it: `roles[1].actor`. */
export function fieldName(fieldPath: readonly PropertyKey[]): string {
  return fieldPath.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index > 0 ? '.' : ''}${String(key)}`)).join('');
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
