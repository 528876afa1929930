import { isAlias, isScalar, isSeq, visit, type Document } from 'yaml';

/** Where the YAML of a file goes wrong: an offset in the YAML text and the `yaml` package's error code. */
export interface YamlError {
  offset: number;
  code: string;
}

/**
 * The first thing wrong in a parsed YAML document: the parser's first error,
 * or else YAML the parser reads in a way an editor never means. A value that
 * starts with `&`, `*` or `!` becomes an anchor, alias or tag, so that the
 * text vanishes or the document cannot be read (reported with the parser's
 * code for a reserved first character, `BAD_SCALAR_START`); and a list item
 * indented deeper than the item above it joins that item's text, `- a` and
 * `  - b` becoming "a - b" (reported as `BAD_INDENT`, at the joined item). A
 * text field's value may go on with a line that starts with `- `.
 */
export function firstYamlError(document: Document, text: string): YamlError | undefined {
  const [error] = document.errors;
  if (error) return { offset: error.pos[0], code: error.code };
  let found: YamlError | undefined;
  visit(document, {
    Node(_, node, path) {
      const [start = 0, end = 0] = node.range ?? [];
      if (isAlias(node) || node.anchor || node.tag) found = { offset: start, code: 'BAD_SCALAR_START' };
      const listItem = isScalar(node) && node.type === 'PLAIN' && isSeq(path.at(-1));
      const joined = listItem ? /\n[ \t]*- /.exec(text.slice(start, end)) : null;
      if (joined) found = { offset: start + joined.index + 1, code: 'BAD_INDENT' };
      return found ? visit.BREAK : undefined;
    },
  });
  return found;
}
