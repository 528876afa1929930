/**
 * Reads a CSV file the way a spreadsheet does, with an independent parser
 * (csv-parse), so tests of the site's own CSV writer do not use its inverse as oracle.
 */
import { parse } from 'csv-parse/sync';

/** The rows of a CSV file for Swedish Excel: semicolons, an optional byte order mark, CRLF or LF. */
export function readExcelCsv(text: string): string[][] {
  return parse(text, { delimiter: ';', bom: true, relax_quotes: false }) as string[][];
}
