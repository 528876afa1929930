import { describe, expect, it } from 'vitest';
import { separateElements } from './search-index.ts';

describe('the indexed copy of a page', () => {
  it('separates adjacent elements, so their words do not run together', () => {
    expect(separateElements('<a>Socialnämnden</a><span>ansvarar</span>')).toBe('<a>Socialnämnden</a> <span>ansvarar</span>');
  });

  it('puts a semicolon between the cells of a row and a full stop after the last', () => {
    const row = '<tr><th>Vad</th><th>Vem</th></tr><tr><td>Lägesbild</td><td>Varje stadsdelsnämnd</td>\n</tr>';
    expect(separateElements(row)).toBe(
      '<tr> <th>Vad;</th> <th>Vem.</th></tr> <tr> <td>Lägesbild;</td> <td>Varje stadsdelsnämnd.</td>\n</tr>',
    );
  });

  it('adds no second mark after a cell that ends in one, and a colon after a term', () => {
    expect(separateElements('<tr><td>Varje år.</td><td>Klart?</td></tr>')).toBe('<tr> <td>Varje år.</td> <td>Klart?</td></tr>');
    expect(separateElements('<dl><dt>Hur ofta</dt><dd>årligen</dd></dl>')).toBe('<dl> <dt>Hur ofta:</dt> <dd>årligen.</dd></dl>');
  });
});
