import { explainSyntaxError } from './mdx-syntax.ts';
import type { MdxSyntaxError } from '../content-source/mdx-tree.ts';
import type { ContentProblem } from './problem.ts';
import type { SourceEntry } from '../content-source/source.ts';

/** Swedish explanations of the YAML parser's error codes that editors meet. */
const YAML_ERRORS: Record<string, string> = {
  BAD_INDENT: 'indraget stämmer inte med raderna runt omkring.',
  BLOCK_AS_IMPLICIT_KEY: 'indraget stämmer inte med raderna runt omkring.',
  DUPLICATE_KEY: 'samma fält står två gånger.',
  MISSING_CHAR: 'ett citattecken eller en hakparentes är inte stängd.',
  MULTILINE_IMPLICIT_KEY: 'ett fältnamn saknar kolon, eller en text går över flera rader utan citattecken.',
  BAD_SCALAR_START: 'ett värde börjar med ett tecken som kräver citattecken.',
  TAB_AS_INDENT: 'raden är indragen med tabb; använd mellanslag.',
  UNEXPECTED_TOKEN: 'ett tecken står där det inte får stå.',
};

/** The problem of frontmatter or a YAML file that could not be read. */
export function yamlSyntaxProblem(entry: SourceEntry): ContentProblem {
  const { line, message } = entry.syntaxError!;
  if (message === 'frontmatter.missing') {
    return {
      file: entry.file,
      line,
      message: 'Filen saknar frontmatter.',
      fix: 'Börja filen med en rad "---", sedan fälten (title: …), sedan en rad "---".',
    };
  }
  return {
    file: entry.file,
    line,
    message: `Raden går inte att läsa: ${YAML_ERRORS[message] ?? 'fel i YAML-syntaxen.'}`,
    fix: 'Varje fält skrivs "namn: värde" i början av raden. Sätt citattecken runt text som innehåller kolon eller #, och stäng dem.',
  };
}

/** The problem of an MDX body the parser could not read, at the line in the file. */
export function mdxSyntaxProblem(entry: SourceEntry, error: MdxSyntaxError): ContentProblem {
  return { file: entry.file, line: entry.bodyLine + error.line - 1, ...explainSyntaxError(error, entry.bodyLine - 1) };
}
