import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { hastFootnotes } from './hast-footnotes.ts';

const render = (markdown: string) => markdownToHtml(markdown, { hastPlugins: [hastFootnotes] }).html;

describe('hastFootnotes', () => {
  it('gives the attributes that mark a footnote reference and the list of notes an empty value', () => {
    const html = render('Text[^1]\n\n[^1]: Källa.\n');
    expect(html).toContain(
      '<a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref="" aria-describedby="footnote-label">1</a>',
    );
    expect(html).toContain('<section data-footnotes="" class="footnotes">');
  });

  it('leaves other links and sections alone', () => {
    expect(render('[Insats](/insatser/)\n')).toBe('<p><a href="/insatser/">Insats</a></p>\n');
  });
});
