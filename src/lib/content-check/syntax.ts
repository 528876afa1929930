import { problem, problemText, type ProblemKey } from '../../i18n/problems.ts';
import { explainSyntaxError } from './mdx-syntax.ts';
import type { MdxSyntaxError } from '../content-source/mdx-tree.ts';
import type { ContentProblem } from './problem.ts';
import type { SourceEntry } from '../content-source/source.ts';

/** The explanations of the YAML parser's error codes that editors meet. */
const YAML_ERRORS: Record<string, ProblemKey> = {
  BAD_INDENT: 'yaml.reason.badIndent',
  BLOCK_AS_IMPLICIT_KEY: 'yaml.reason.badIndent',
  DUPLICATE_KEY: 'yaml.reason.duplicateKey',
  MISSING_CHAR: 'yaml.reason.missingChar',
  MULTILINE_IMPLICIT_KEY: 'yaml.reason.multilineImplicitKey',
  BAD_SCALAR_START: 'yaml.reason.badScalarStart',
  TAB_AS_INDENT: 'yaml.reason.tabAsIndent',
  UNEXPECTED_TOKEN: 'yaml.reason.unexpectedToken',
};

/** The problem of frontmatter or a YAML file that could not be read. */
export function yamlSyntaxProblem(entry: SourceEntry): ContentProblem {
  const { line, message } = entry.syntaxError!;
  if (message === 'frontmatter.missing') return { file: entry.file, line, ...problem('file.noFrontmatter') };
  return { file: entry.file, line, ...problem('yaml.unreadable', { reason: problemText(YAML_ERRORS[message] ?? 'yaml.reason.other') }) };
}

/** The problem of an MDX body the parser could not read, at the line in the file. */
export function mdxSyntaxProblem(entry: SourceEntry, error: MdxSyntaxError): ContentProblem {
  return { file: entry.file, line: entry.bodyLine + error.line - 1, ...explainSyntaxError(error, entry.bodyLine - 1) };
}
