import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { ProblemKey } from '../../i18n/problems.ts';
import type { CollectionName } from '../../schemas.ts';
import { paths } from '../paths.ts';
import { parseBody } from './mdx-tree.ts';
import type { ParsedEntry, SourceEntry } from './source.ts';

/** A page of the built site and the anchors a link may point to on it. */
export interface SitePage {
  /** Every id on the page a link may target; `undefined` when the page is a view whose ids the checker does not know. */
  anchors?: Set<string>;
  /** Where the anchors come from, for the fix in a message. */
  anchorHint?: ProblemKey;
}

/** Every page of the site, by root-relative path (`/insatser/nattvandring/`). */
export type SiteMap = Map<string, SitePage>;

/** The page each collection's entries get, as `src/pages/` builds them; glossary terms share one page. */
export const entryPage: Partial<Record<CollectionName, (id: string) => string>> = {
  riktlinjer: paths.section,
  aktorer: paths.actor,
  ansvar: paths.duty,
  insatser: paths.intervention,
  dokument: paths.document,
  sidor: (id) => `/${id}/`,
};

/** Ids every page has, in the layout around the content. */
const LAYOUT_ANCHORS = ['main-content'];

/**
 * The anchors Astro gives an MDX body's headings: github-slugger over each
 * heading's text, one slugger per file, as Astro's heading-id plugin in
 * `@astrojs/markdown-satteri` does.
 */
export function headingAnchors(tree: Root | undefined): string[] {
  if (!tree) return [];
  const slugger = new GithubSlugger();
  const anchors: string[] = [];
  visit(tree, 'heading', (heading) => {
    anchors.push(slugger.slug(toString(heading)));
  });
  return anchors;
}

/**
 * Every page the build writes and its anchors, computed from the content the
 * same way `src/pages/` does: one page per entry of the collections with
 * pages, the fixed pages in `paths`, the catalogue's facet pages and the files
 * in `public/`.
 */
export function buildSiteMap(
  entries: readonly SourceEntry[],
  parsed: readonly ParsedEntry[],
  publicFiles: readonly string[] = [],
): SiteMap {
  const site: SiteMap = new Map();
  for (const value of Object.values(paths)) if (typeof value === 'string') site.set(value, {});
  for (const file of publicFiles) site.set(`/${file}`, {});

  const whole = new Set([...LAYOUT_ANCHORS, 'hela-toc']);
  for (const entry of entries) {
    const page = entryPage[entry.collection];
    if (!page) continue;
    const headings = headingAnchors(parseBody(entry).tree);
    site.set(page(entry.id), { anchors: new Set([...LAYOUT_ANCHORS, ...headings]), anchorHint: 'link.anchorHint.heading' });
    if (entry.collection === 'riktlinjer') {
      // The whole guidelines embed each section with its ids prefixed (src/lib/embed-section.ts).
      whole.add(entry.id);
      for (const heading of headings) whole.add(`${entry.id}--${heading}`);
    }
  }
  // Set after the entries' pages: a page in content/sidor/ that takes one of these addresses is reported by routeProblems.
  const idsOf = (collection: CollectionName) => entries.filter((entry) => entry.collection === collection).map((entry) => entry.id);
  site.set(paths.glossary, {
    anchors: new Set([...LAYOUT_ANCHORS, ...idsOf('ordlista')]),
    anchorHint: 'link.anchorHint.term',
  });
  for (const { source, data } of parsed) {
    if (source.collection !== 'dokument') continue;
    const quotes = ((data.quotes as { id: string }[] | undefined) ?? []).map((quote) => `citat-${quote.id}`);
    site.set(paths.document(source.id), {
      anchors: new Set([...LAYOUT_ANCHORS, ...quotes]),
      anchorHint: 'link.anchorHint.quote',
    });
  }
  site.set(paths.wholeGuidelines, {
    anchors: whole,
    anchorHint: 'link.anchorHint.section',
  });

  for (const { source, data } of parsed) {
    if (source.collection !== 'insatser') continue;
    const refs = (value: unknown) => (Array.isArray(value) ? value.map((item: { actor: { id: string } }) => item.actor.id) : []);
    const facets: [string, string[]][] = [
      ['slag', data.kind ? [String(data.kind)] : []],
      ['malgrupp', (data.targetGroups as string[] | undefined) ?? []],
      ['ansvarig', refs(data.responsible)],
      ['partner', refs(data.partners)],
    ];
    for (const [facet, values] of facets) for (const value of values) site.set(paths.interventionFacet(facet, value), {});
  }
  return site;
}
