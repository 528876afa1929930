/**
 * CSV the way Swedish Excel opens it without an import dialog: UTF-8 with a
 * byte order mark (so å, ä and ö survive), semicolons between fields (the
 * list separator when the decimal separator is a comma) and CRLF line ends.
 */

/** The byte order mark that tells Excel the file is UTF-8. */
export const BOM = '\uFEFF';
/** The field separator Swedish Excel expects. */
export const SEPARATOR = ';';

/** Quotes a field when it holds a separator, a quote or a line break (RFC 4180), doubling inner quotes. */
function field(value: string): string {
  return /[;"\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Writes rows of fields as a CSV file for Swedish Excel.
 * @example toCsv([['Uppgift', 'Hur ofta'], ['Ta fram en lägesbild', 'årligen']])
 * // '\uFEFFUppgift;Hur ofta\r\nTa fram en lägesbild;årligen\r\n'
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((row) => row.map(field).join(SEPARATOR) + '\r\n').join('');
}
