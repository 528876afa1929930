import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { hastTables } from './hast-tables.ts';

const render = (markdown: string) => markdownToHtml(markdown, { hastPlugins: [hastTables({ label: 'Tabell', hint: 'Rulla' })] }).html;

const hint = '<p class="rvbe-table__hint" data-pagefind-ignore data-print="hide">Rulla</p>';

describe('hastTables', () => {
  it('wraps a table in a focusable region named after its column headings, after a hint that it scrolls, and scopes the headings', () => {
    expect(render('| Vad | Vem |\n| --- | --- |\n')).toBe(
      `<div class="rvbe-table">${hint}<section class="rvbe-table-scroll" tabindex="0" aria-label="Tabell: Vad, Vem"><table><thead><tr><th scope="col">Vad</th><th scope="col">Vem</th></tr></thead></table></section></div>\n`,
    );
  });

  it('makes the first cell of each body row its row header, keeping the cell’s alignment and content', () => {
    const html = render('| Vad | Vem |\n| :-- | --- |\n| Lägesbild | Varje [stadsdelsnämnd](/aktorer/) |\n');
    expect(html).toContain(
      '<tbody><tr><th scope="row" style="text-align: left">Lägesbild</th><td>Varje <a href="/aktorer/">stadsdelsnämnd</a></td></tr></tbody>',
    );
    // The column headings name the region; the new row headers do not join them.
    expect(html).toContain('aria-label="Tabell: Vad, Vem"');
  });

  it('leaves the cells of a one-column table as they are', () => {
    expect(render('| Steg |\n| --- |\n| Ett |\n')).toContain('<tbody><tr><td>Ett</td></tr></tbody>');
  });

  it('names a table with empty headings by the label alone', () => {
    expect(render('| | |\n| --- | --- |\n| A | B |\n')).toContain('aria-label="Tabell"');
  });

  it('leaves everything else alone', () => {
    expect(render('Text\n\n- en punkt\n')).toBe('<p>Text</p>\n<ul>\n<li>en punkt</li>\n</ul>\n');
  });
});
