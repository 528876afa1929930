import { problem, problemText } from '../../i18n/problems.ts';
import { visitBodies } from '../content-source/mdx-tree.ts';
import type { ContentProblem } from './problem.ts';
import type { SiteMap } from '../content-source/site-map.ts';
import type { SourceEntry } from '../content-source/source.ts';
import { nearest } from './suggest.ts';

/**
 * Finds images without alternative text: `![](karta.png)` and `<img src="…">`
 * without `alt`. An `<img alt="">` is allowed, since it says on purpose that
 * the image is decoration. An image addressed from the site's root
 * (`/bilder/karta.svg`) must exist in `public/`, and every image must be
 * addressed from the root: `public/bilder/karta.svg` or `bilder/karta.svg`
 * would fail later in Vite, in English.
 */
export function imageProblems(entries: readonly SourceEntry[], site: SiteMap): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const altWhy = problemText('image.altWhy');
  visitBodies(entries, (node, entry, line) => {
    if ((node.type === 'image' || node.type === 'imageReference') && !node.alt?.trim()) {
      const source = node.type === 'image' ? node.url : node.identifier;
      problems.push({
        file: entry.file,
        line,
        ...problem('image.noAlt', { source, altWhy }),
      });
    }
    if (node.type === 'image' && node.url.startsWith('/') && !node.url.startsWith('//') && !site.has(node.url)) {
      const suggestion = nearest(
        node.url,
        [...site.keys()].filter((key) => !key.endsWith('/')),
      );
      problems.push({
        file: entry.file,
        line,
        ...problem('image.missing', { url: node.url }, suggestion ? problemText('hint.didYouMean', { suggestion }) : undefined),
      });
    }
    // A path written as it stands in the project (public/bilder/karta.svg) or relative to the page: the browser cannot find it.
    if (node.type === 'image' && !/^(\/|[a-z][a-z+.-]*:)/i.test(node.url)) {
      const fromRoot = `/${node.url.replace(/^(\.\/)+/, '').replace(/^public\//, '')}`;
      problems.push({ file: entry.file, line, ...problem('image.notFromRoot', { url: node.url, fromRoot }) });
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'img') {
      const hasAlt = node.attributes.some((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'alt');
      if (hasAlt) return;
      problems.push({
        file: entry.file,
        line,
        ...problem('image.imgNoAlt', { altWhy }),
      });
    }
  });
  return problems;
}
