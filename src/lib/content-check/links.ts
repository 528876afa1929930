import type { Root } from 'mdast';
import { problem, problemText } from '../../i18n/problems.ts';
import { visit } from 'unist-util-visit';
import { fileLine, parseBody } from '../content-source/mdx-tree.ts';
import type { ContentProblem } from './problem.ts';
import { entryPage, type SiteMap } from '../content-source/site-map.ts';
import type { SourceEntry } from '../content-source/source.ts';
import { nearest } from './suggest.ts';

/** Links that leave the site or open another program; the checker cannot follow them offline. */
const EXTERNAL = /^[a-z][a-z0-9+.-]*:|^\/\//i;
/** Footnote ids made by the GFM footnotes with our `clobberPrefix` (astro.config.mjs). */
const FOOTNOTE = /^fotnot-/;

/** Every link target in a body, with the node it came from: `[text](url)`, `[text]: url` and `<a href="url">`. */
function* linkTargets(tree: Root): Generator<{ url: string; node: { position?: { start: { line: number } } | undefined } }> {
  const found: { url: string; node: { position?: { start: { line: number } } | undefined } }[] = [];
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'definition') found.push({ url: node.url, node });
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'a') {
      const href = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'href');
      if (href && typeof href.value === 'string') found.push({ url: href.value, node });
    }
  });
  yield* found;
}

/** What is wrong with one link target, if anything. */
export function linkProblem(url: string, site: SiteMap, currentPage: string | undefined): { message: string; fix: string } | undefined {
  if (EXTERNAL.test(url) || url === '') return undefined;
  const hashAt = url.indexOf('#');
  const pathPart = (hashAt === -1 ? url : url.slice(0, hashAt)).replace(/\?.*$/, '');
  const anchor = hashAt === -1 ? '' : safeDecode(url.slice(hashAt + 1));

  if (pathPart !== '' && !pathPart.startsWith('/')) {
    return problem('link.relative', { url });
  }
  const pagePath = pathPart === '' ? currentPage : safeDecode(pathPart);
  if (pagePath === undefined) return undefined;
  const page = site.get(pagePath);
  if (!page) {
    const suggestion = nearest(pagePath, [...site.keys()]);
    const hint = suggestion ? problemText('hint.didYouMean', { suggestion: `${suggestion}${anchor ? `#${anchor}` : ''}` }) : undefined;
    return problem('link.missingPage', { url }, hint);
  }
  if (!anchor || !page.anchors || page.anchors.has(anchor) || FOOTNOTE.test(anchor)) return undefined;
  const suggestion = nearest(anchor, [...page.anchors]);
  const where = pathPart === '' ? problemText('link.where.samePage') : problemText('link.where.page', { page: pagePath });
  // The fix is the target page's own hint on where its anchors come from.
  const hint = suggestion && problemText('hint.didYouMean', { suggestion: `${pathPart}#${suggestion}` });
  return {
    message: problemText('link.missingAnchor.message', { url, anchor, where }),
    fix: [hint, page.anchorHint && problemText(page.anchorHint)].filter(Boolean).join(' '),
  };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Checks every link in the MDX bodies that stays on the site: the page must be
 * one the build writes, and an anchor (`#…`) must exist on that page, whether
 * it is another page's or the same page's.
 */
export function linkProblems(entries: readonly SourceEntry[], site: SiteMap): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const { tree } = entry.body ? parseBody(entry) : {};
    if (!tree) continue;
    const currentPage = entryPage[entry.collection]?.(entry.id);
    for (const { url, node } of linkTargets(tree)) {
      const problem = linkProblem(url, site, currentPage);
      if (problem) problems.push({ file: entry.file, line: fileLine(entry, node), ...problem });
    }
  }
  return problems;
}
