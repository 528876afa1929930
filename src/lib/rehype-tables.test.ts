import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { rehypeTables } from './rehype-tables.ts';

const run = (html: string) => {
  const tree = fromHtml(html, { fragment: true });
  rehypeTables({ label: 'Tabell' })(tree);
  return toHtml(tree);
};

describe('rehypeTables', () => {
  it('wraps a table in a focusable region named after its column headings', () => {
    expect(run('<table><thead><tr><th>Vad</th><th>Vem</th></tr></thead></table>')).toBe(
      '<section class="rvbe-table-scroll" tabindex="0" aria-label="Tabell: Vad, Vem"><table><thead><tr><th>Vad</th><th>Vem</th></tr></thead></table></section>',
    );
  });

  it('leaves everything else alone', () => {
    expect(run('<p>Text</p>')).toBe('<p>Text</p>');
  });
});
