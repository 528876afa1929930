import { describe, expect, it } from 'vitest';
import { readExcelCsv } from '../../tests/support/excel-csv.ts';
import { BOM, toCsv } from './csv.ts';

describe('CSV for Swedish Excel', () => {
  it('starts with a byte order mark and separates fields with semicolons and rows with CRLF', () => {
    expect(
      toCsv([
        ['Uppgift', 'Hur ofta'],
        ['Ta fram en lägesbild', 'årligen'],
      ]),
    ).toBe(`${BOM}Uppgift;Hur ofta\r\nTa fram en lägesbild;årligen\r\n`);
  });

  it('quotes fields that hold a semicolon, a quote or a line break', () => {
    expect(toCsv([['a;b', 'säg "hej"', 'rad 1\nrad 2', 'vanlig']])).toBe(`${BOM}"a;b";"säg ""hej""";"rad 1\nrad 2";vanlig\r\n`);
  });

  it('writes what an independent CSV parser reads back exactly, empty fields, quotes and line breaks included', () => {
    const rows = [
      ['Uppgift', 'Resultat', 'Polisen'],
      ['Ordna stöd; och samverkan', '', 'medverkar'],
      ['"Citat"', 'rapport', ''],
      ['rad 1\nrad 2', 'säg "hej"; nu', ''],
    ];
    expect(readExcelCsv(toCsv(rows))).toEqual(rows);
  });
});
