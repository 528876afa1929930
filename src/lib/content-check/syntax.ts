import { problem } from '../../i18n/problems.ts';
import { explainSyntaxError } from './mdx-syntax.ts';
import type { MdxSyntaxError } from '../content-source/mdx-tree.ts';
import type { ContentProblem } from './problem.ts';
import type { SourceEntry } from '../content-source/source.ts';
import { explainYamlError } from './yaml-syntax.ts';

/** The problem of frontmatter or a YAML file that could not be read, at the line the editor must change. */
export function yamlSyntaxProblem(entry: SourceEntry): ContentProblem {
  const { line, message } = entry.syntaxError!;
  if (message === 'frontmatter.missing') return { file: entry.file, line, ...problem('file.noFrontmatter') };
  return { file: entry.file, ...explainYamlError(entry.text.split(/\r?\n/), line, message) };
}

/** The problem of an MDX body the parser could not read, at the line in the file. */
export function mdxSyntaxProblem(entry: SourceEntry, error: MdxSyntaxError): ContentProblem {
  return { file: entry.file, line: entry.bodyLine + error.line - 1, ...explainSyntaxError(error, entry.bodyLine - 1) };
}
