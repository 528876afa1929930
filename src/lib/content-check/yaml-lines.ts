/**
 * YAML lines as the editor wrote them, read without a parser, for explaining
 * YAML the parser could not read: the parts of a line (`  - key: value`) and
 * the lines around it that belong with it.
 */

/** A line of YAML in its parts: `  - key: value`. */
export interface YamlLine {
  indent: string;
  /** `- ` when the line starts a list item, else empty. */
  dash: string;
  key?: string;
  /** What stands between the key's colon and the value: empty when the editor left out the space. */
  gap: string;
  value: string;
}

const LINE = /^(?<indent>[ \t]*)(?<dash>-[ \t]+)?(?:(?<key>[A-Za-z_][\w-]*):(?<gap>[ \t]*))?(?<value>.*?)[ \t]*$/;

/** The parts of `text`, which may be past the last line (`undefined`). */
export function readLine(text = ''): YamlLine {
  const { indent = '', dash = '', key, gap = '', value = '' } = LINE.exec(text)?.groups ?? {};
  return { indent, dash, key, gap, value };
}

/** The line written back, with the space after the key's colon; without the indentation, which the fix says in words. */
export const writeLine = ({ dash, key, value }: YamlLine) => `${dash}${key === undefined ? '' : `${key}: `}${value}`;

/** Where the key or value of a line starts. */
export const column = (line: YamlLine) => line.indent.length + line.dash.length;

/** A value in quotes that YAML reads as plain text: double quotes, or single ones (with `'` doubled) when it holds `"` or `\`. */
export const quoted = (value: string) => (/["\\]/.test(value) ? `'${value.replace(/'/g, "''")}'` : `"${value}"`);

/** What follows an opening quote up to and including its closing quote. */
export const CLOSING_QUOTE: Record<string, RegExp> = { '"': /^(?:[^"\\]|\\.)*"/, "'": /^(?:[^']|'')*'/ };

/** The nearest line above or below `index` with something on it (not blank, not a comment). */
export function neighbour(lines: readonly string[], index: number, step: -1 | 1): number | undefined {
  for (let at = index + step; at >= 0 && at < lines.length; at += step) if (!/^\s*(#.*)?$/.test(lines[at]!)) return at;
  return undefined;
}

/** The line a quoted value opens on when its quote is still open at the end of `lines`. */
export function openQuote(lines: readonly string[]): number | undefined {
  let open: { index: number; quote: string } | undefined;
  for (const [index, text] of lines.entries()) {
    let rest = text;
    if (!open) {
      const { value } = readLine(text);
      if (!CLOSING_QUOTE[value[0] ?? '']) continue;
      open = { index, quote: value[0]! };
      rest = value.slice(1);
    }
    if (CLOSING_QUOTE[open.quote]!.test(rest)) open = undefined;
  }
  return open?.index;
}

/** The line above `index` where the same field first stands in the same object. */
export function sameFieldAbove(lines: readonly string[], index: number): number | undefined {
  const line = readLine(lines[index]);
  for (let at = index - 1; at >= 0; at--) {
    const above = readLine(lines[at]);
    if (above.key === undefined) continue;
    if (column(above) === column(line) && above.key === line.key) return at;
    if (column(above) < column(line)) return undefined;
  }
  return undefined;
}

/** The item above `index` in the same list: the walk up stops at the field the list is under. */
export function itemAbove(lines: readonly string[], index: number): number | undefined {
  const { indent } = readLine(lines[index]);
  for (let at = index - 1; at >= 0; at--) {
    const line = readLine(lines[at]);
    if (line.dash) return at;
    if (line.key !== undefined && !line.value && line.indent.length <= indent.length) return undefined;
  }
  return undefined;
}
