import { describe, expect, it } from 'vitest';
import { BOM, parseCsv, toCsv } from './csv.ts';

describe('CSV for Swedish Excel', () => {
  it('starts with a byte order mark and separates fields with semicolons and rows with CRLF', () => {
    expect(toCsv([['Uppgift', 'Hur ofta'], ['Ta fram en lägesbild', 'årligen']])).toBe(
      `${BOM}Uppgift;Hur ofta\r\nTa fram en lägesbild;årligen\r\n`,
    );
  });

  it('quotes fields that hold a semicolon, a quote or a line break', () => {
    expect(toCsv([['a;b', 'säg "hej"', 'rad 1\nrad 2', 'vanlig']])).toBe(`${BOM}"a;b";"säg ""hej""";"rad 1\nrad 2";vanlig\r\n`);
  });

  it('reads back exactly what it wrote, empty fields included', () => {
    const rows = [
      ['Uppgift', 'Resultat', 'Polisen'],
      ['Ordna stöd; och samverkan', '', 'medverkar'],
      ['"Citat"', 'rapport', ''],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });

  it('reads files without a byte order mark and with plain LF line ends', () => {
    expect(parseCsv('a;b\nc;d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });
});
