import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { hastBaseLinks } from './hast-base-links.ts';

const render = (markdown: string, base: string) => markdownToHtml(markdown, { hastPlugins: [hastBaseLinks({ base })] }).html;

const links =
  '[Insats](/insatser/nattvandring/) ![Karta](/bilder/karta.svg) [Stadens](https://start.stockholm/) [Avsnitt](#mal) [Bredvid](../aktorer/)';

describe('hastBaseLinks', () => {
  it('puts the base before root-relative links and images, and leaves other addresses as they are', () => {
    expect(render(links, '/intranat/vbe/')).toBe(
      '<p><a href="/intranat/vbe/insatser/nattvandring/">Insats</a> <img src="/intranat/vbe/bilder/karta.svg" alt="Karta"> ' +
        '<a href="https://start.stockholm/">Stadens</a> <a href="#mal">Avsnitt</a> <a href="../aktorer/">Bredvid</a></p>\n',
    );
  });

  it('changes nothing for a site at the root', () => {
    expect(render(links, '/')).toBe(markdownToHtml(links).html);
  });

  it('prefixes links inside tables and footnotes, and leaves the links of the footnote marks alone', () => {
    const html = render('| Vad | Var |\n| --- | --- |\n| Plan[^1] | [här](/planer/) |\n\n[^1]: Se [planen](/planer/).\n', '/vbe/');
    expect(html).toContain('<a href="/vbe/planer/">här</a>');
    expect(html).toContain('<a href="/vbe/planer/">planen</a>');
    expect(html).toContain('href="#user-content-fn-1"');
  });
});
