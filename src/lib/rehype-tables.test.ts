import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { rehypeTables } from './rehype-tables.ts';

const run = (html: string) => {
  const tree = fromHtml(html, { fragment: true });
  rehypeTables({ label: 'Tabell', hint: 'Rulla' })(tree);
  return toHtml(tree);
};

const hint = '<p class="rvbe-table__hint" data-pagefind-ignore data-print="hide">Rulla</p>';

describe('rehypeTables', () => {
  it('wraps a table in a focusable region named after its column headings, after a hint that it scrolls, and scopes the headings', () => {
    expect(run('<table><thead><tr><th>Vad</th><th>Vem</th></tr></thead></table>')).toBe(
      `<div class="rvbe-table">${hint}<section class="rvbe-table-scroll" tabindex="0" aria-label="Tabell: Vad, Vem"><table><thead><tr><th scope="col">Vad</th><th scope="col">Vem</th></tr></thead></table></section></div>`,
    );
  });

  it('makes the first cell of each body row its row header, keeping the cell’s alignment', () => {
    const html = run(
      '<table><thead><tr><th>Vad</th><th>Vem</th></tr></thead><tbody><tr><td align="left">Lägesbild</td><td>Varje stadsdelsnämnd</td></tr></tbody></table>',
    );
    expect(html).toContain('<tbody><tr><th align="left" scope="row">Lägesbild</th><td>Varje stadsdelsnämnd</td></tr></tbody>');
    // The column headings name the region; the new row headers do not join them.
    expect(html).toContain('aria-label="Tabell: Vad, Vem"');
  });

  it('leaves the cells of a one-column table as they are', () => {
    const html = run('<table><thead><tr><th>Steg</th></tr></thead><tbody><tr><td>Ett</td></tr></tbody></table>');
    expect(html).toContain('<tbody><tr><td>Ett</td></tr></tbody>');
  });

  it('names a table without headings by the label alone', () => {
    expect(run('<table><tbody><tr><td>A</td><td>B</td></tr></tbody></table>')).toContain('aria-label="Tabell"');
  });

  it('leaves everything else alone', () => {
    expect(run('<p>Text</p>')).toBe('<p>Text</p>');
  });
});
