/**
 * Explains why YAML (frontmatter or a `.yaml` file) cannot be read, from the
 * lines as the editor wrote them, since the parser's error codes name the
 * symptom, not the mistake: `summary: Mål: att stärka` is a "nested mapping"
 * to the parser and an unquoted colon to the editor. The fix shows the
 * editor's own line corrected where it can.
 */
import { problem, problemText, type ProblemRule } from '../../i18n/problems.ts';
import type { ContentProblem } from './problem.ts';
import {
  CLOSING_QUOTE,
  column,
  itemAbove,
  neighbour,
  openQuote,
  quoted,
  readLine,
  sameFieldAbove,
  writeLine,
  type YamlLine,
} from './yaml-lines.ts';

/** Why YAML cannot be read: the rule that explains it, at the line (0-based) the editor must change. */
interface Cause {
  index: number;
  rule: ProblemRule;
  values?: Record<string, string | number>;
}

/** How far in a line should start, in words: "utan mellanslag", "med 2 mellanslag". */
const spaces = (count: number) =>
  count === 0
    ? problemText('yaml.spaces.none')
    : count === 1
      ? problemText('yaml.spaces.one')
      : problemText('yaml.spaces.other', { count });

/** A list item, at `index` or on the next line, indented unlike the item above it. */
function listIndent(lines: readonly string[], index: number): Cause | undefined {
  for (const at of [index, neighbour(lines, index, 1)]) {
    const line = readLine(lines[at ?? -1]);
    const above = line.dash ? itemAbove(lines, at!) : undefined;
    if (above === undefined) continue;
    const { indent } = readLine(lines[above]);
    if (indent !== line.indent)
      return { index: at!, rule: 'yaml.listIndent', values: { above: above + 1, spaces: spaces(indent.length), line: writeLine(line) } };
  }
  return undefined;
}

/** A field, at `index` or on the next line, indented deeper than a field above it that has a value and so nothing under it. */
function fieldIndent(lines: readonly string[], index: number): Cause | undefined {
  for (const at of [index, neighbour(lines, index, 1)]) {
    const line = readLine(lines[at ?? -1]);
    const above = at === undefined ? undefined : neighbour(lines, at, -1);
    const aboveLine = readLine(lines[above ?? -1]);
    if (line.key === undefined || line.dash || !aboveLine.key || !aboveLine.value || line.indent.length <= column(aboveLine)) continue;
    const values = { key: line.key, aboveKey: aboveLine.key, above: above! + 1, spaces: spaces(column(aboveLine)), line: writeLine(line) };
    return { index: at!, rule: 'yaml.fieldIndent', values };
  }
  return undefined;
}

/** A value starting with `[` or `{` that does not close, on the line of the error or the line above it (the parser notices on the next line). */
function unclosedBracket(lines: readonly string[], index: number): Cause | undefined {
  for (const at of [index, neighbour(lines, index, -1)]) {
    const line = readLine(lines[at ?? -1]);
    const open = line.value[0];
    const close = open === '[' ? ']' : open === '{' ? '}' : undefined;
    if (!close || line.value.includes(close)) continue;
    const values = {
      open: open!,
      close,
      closed: writeLine({ ...line, value: line.value + close }),
      quoted: writeLine({ ...line, value: quoted(line.value) }),
    };
    return { index: at!, rule: 'yaml.unclosedBracket', values };
  }
  return undefined;
}

/** What is wrong on the line itself, judged from its parts. */
function lineCause(line: YamlLine): Pick<Cause, 'rule' | 'values'> | undefined {
  const { value } = line;
  const quote = CLOSING_QUOTE[value[0] ?? ''] ? value[0]! : undefined;
  if (quote) {
    const closed = CLOSING_QUOTE[quote]!.exec(value.slice(1));
    if (!closed) return { rule: 'yaml.unclosedQuote', values: { quote, line: writeLine(line) + quote } };
    const rest = value.slice(1 + closed[0].length).trim();
    if (!rest || rest.startsWith('#')) return undefined;
    const text = value.endsWith(quote) ? value.slice(1, -1) : value;
    return { rule: 'yaml.quoteInside', values: { quote, line: writeLine({ ...line, value: quoted(text) }) } };
  }
  const inQuotes = writeLine({ ...line, value: quoted(value) });
  // `>` and `|` alone start a block of text; with text after them on the line they are a mistake.
  if (/^[@`%*&!]|^[|>][+-]?\d*\s*[^\s#]|^[[{].*[\]}].*\S/.test(value)) {
    return { rule: 'yaml.reservedStart', values: { character: value[0]!, line: inQuotes } };
  }
  if (line.key !== undefined && /:(\s|$)/.test(value)) return { rule: 'yaml.colon', values: { line: inQuotes } };
  if (line.key !== undefined && !line.gap && value && !value.startsWith('/'))
    return { rule: 'yaml.missingSpace', values: { line: writeLine(line) } };
  if (line.key === undefined && !line.dash && value && value !== '---') return { rule: 'yaml.missingColon' };
  return undefined;
}

/** Why the YAML cannot be read at the line `index` (0-based) the parser stopped at, and which line the editor must change. */
function findCause(lines: readonly string[], index: number, code: string): Cause | undefined {
  const line = readLine(lines[index]);
  if (code === 'TAB_AS_INDENT' || line.indent.includes('\t')) return { index, rule: 'yaml.tab' };
  if (code === 'DUPLICATE_KEY') {
    const first = sameFieldAbove(lines, index) ?? lines.findIndex((text) => readLine(text).key === line.key);
    return { index, rule: 'yaml.duplicateKey', values: { key: line.key ?? '', first: first + 1 } };
  }
  // An unclosed quote runs to the end of the YAML, where the parser notices it.
  const quoteLine = code === 'MISSING_CHAR' ? openQuote(lines.slice(0, index + 1)) : undefined;
  const own = lineCause(readLine(lines[quoteLine ?? index]));
  if (quoteLine !== undefined && own) return { index: quoteLine, ...own };
  return listIndent(lines, index) ?? fieldIndent(lines, index) ?? (own && { index, ...own }) ?? unclosedBracket(lines, index);
}

/**
 * The problem of YAML that cannot be read: its cause in Swedish, at the line
 * the editor must change, with that line corrected in the fix where it can.
 * @param lines the file's lines.
 * @param line the 1-based line the parser stopped at.
 * @param code the `yaml` package's error code.
 * @example explainYamlError(['summary: Mål: att stärka'], 1, 'BLOCK_AS_IMPLICIT_KEY')
 * // { line: 1, message: 'Raden går inte att läsa: texten innehåller kolon …', fix: 'Sätt hela värdet inom citattecken: summary: "Mål: att stärka"' }
 */
export function explainYamlError(lines: readonly string[], line: number, code: string): Pick<ContentProblem, 'line' | 'message' | 'fix'> {
  const cause = findCause(lines, line - 1, code);
  if (!cause) return { line, ...problem('yaml.unreadable', { reason: problemText('yaml.reason.other') }) };
  const { message, fix } = problem(cause.rule, cause.values);
  return { line: cause.index + 1, message: problemText('yaml.unreadable.message', { reason: message }), fix };
}
