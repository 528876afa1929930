/**
 * The content problems in the formats that git hosts' CI shows beside the
 * changed lines of a pull or merge request, so that an editor who works in
 * the browser sees each Swedish message where the mistake is. The plain
 * report (`formatProblems()`) is printed as well in every mode.
 */
import { createHash } from 'node:crypto';
import { problemText } from '../../i18n/problems.ts';
import type { ContentProblem } from './problem.ts';

/** What is wrong and how to fix it, in one line of Swedish: `Värdet … Så rättar du: …`. */
const messageWithFix = (problem: ContentProblem) => `${problem.message} ${problemText('report.fixLabel')} ${problem.fix}`;

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
      return `::error file=${property(problem.file)},line=${problem.line}${title}::${data(messageWithFix(problem))}\n`;
    })
    .join('');
}

/** Where `npm run check:content` writes the Code Quality report on GitLab unless told otherwise; `.gitlab-ci.yml` names the same file. */
export const CODE_QUALITY_REPORT = 'gl-code-quality-report.json';

/** One finding of a GitLab Code Quality report: the fields GitLab reads (https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format). */
export interface CodeQualityIssue {
  /** The field, the Swedish message and its fix. */
  description: string;
  /** The check that found it: the command an editor runs to see the same report. */
  check_name: string;
  /** Identifies the finding across pipelines, so that GitLab can tell new findings from fixed ones. */
  fingerprint: string;
  severity: 'blocker';
  location: { path: string; lines: { begin: number } };
}

/**
 * The problems as a GitLab Code Quality report (the JSON file of
 * `artifacts:reports:codequality`), so that each one shows, in Swedish, in the
 * merge request. An empty list is `[]`, which tells GitLab that every earlier
 * finding is fixed.
 *
 * The fingerprint is a hash of the file, the field and the message, without
 * the line: a finding keeps its fingerprint when lines above it are added or
 * removed, and GitLab does not report it as fixed and new again. Findings
 * that are alike in all three are counted, so that each keeps a fingerprint of
 * its own (GitLab shows findings with one fingerprint as one).
 * @example
 * [{ "description": "kind: Värdet \"forebygande\" är inte tillåtet. Så rättar du: …", "check_name": "check:content",
 *    "fingerprint": "3f1c…", "severity": "blocker", "location": { "path": "content/insatser/nattvandring.mdx", "lines": { "begin": 4 } } }]
 */
export function gitlabCodeQuality(problems: readonly ContentProblem[]): string {
  const seen = new Map<string, number>();
  const issues = problems.map((problem): CodeQualityIssue => {
    const identity = JSON.stringify([problem.file, problem.field ?? '', problem.message]);
    const occurrence = seen.get(identity) ?? 0;
    seen.set(identity, occurrence + 1);
    return {
      description: `${problem.field ? `${problem.field}: ` : ''}${messageWithFix(problem)}`,
      check_name: 'check:content',
      fingerprint: createHash('sha256').update(`${identity}#${occurrence}`).digest('hex'),
      // Every content problem stops the build, so nothing is published until it is fixed.
      severity: 'blocker',
      location: { path: problem.file, lines: { begin: problem.line } },
    };
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
}
