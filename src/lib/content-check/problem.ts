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

/**
 * The problems as GitHub Actions annotations, so that each one shows, in
 * Swedish, beside its line in the pull request's "Files changed" view.
 * @example
 * ::error file=content/insatser/nattvandring.mdx,line=4,title=kind::Värdet "forebygande" är inte tillåtet. Så rättar du: …
 */
export function githubAnnotations(problems: readonly ContentProblem[]): string {
  // GitHub's workflow commands need `%`, CR and LF escaped in the message, and also `,` and `:` in properties.
  const data = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const property = (text: string) => data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return problems
    .map((problem) => {
      const title = problem.field ? `,title=${property(problem.field)}` : '';
      return `::error file=${property(problem.file)},line=${problem.line}${title}::${data(`${problem.message} ${problemText('report.fixLabel')} ${problem.fix}`)}\n`;
    })
    .join('');
}
