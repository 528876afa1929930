import type { FilterMembers } from '../../lib/search/filtering';
/** The part of Pagefind's browser API the search page uses (https://pagefind.app/docs/api/). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
export interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
export interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, options?: { filters?: Record<string, string> }): Promise<PagefindSearch>;
}

let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind from the site's own bundle, once. */
export function loadPagefind(bundle: string, base: string): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
    // The index is small; searching on the main thread saves the worker's download.
    await pagefind.options({
      baseUrl: base,
      noWorker: true,
      excerptLength: 24,
      // Tuned on the search-quality suite (tests/search-queries.ts): a word close in length to the one typed
      // and with the same å, ä and ö ranks higher ("nätet" before "nationell", which shares the stem "nat"),
      // and a short page is favoured less, so eleven short district pages do not hide their group's page.
      ranking: { termSimilarity: 4, diacriticSimilarity: 8, pageLength: 0.3 },
    });
    await pagefind.init();
    // Loading the filter index first makes every search report its filter counts.
    await pagefind.filters();
    return pagefind;
  })();
  return loading;
}

let members: Promise<FilterMembers> | undefined;

/** The pages of each filter value, asked once with Pagefind's filter-only search (no word, no fragments loaded). */
export function loadFilterMembers(pagefind: Pagefind): Promise<FilterMembers> {
  members ??= (async () => {
    const values = await pagefind.filters();
    const entries = await Promise.all(
      Object.entries(values).map(async ([key, counts]) => {
        const sets = await Promise.all(
          Object.keys(counts).map(async (value) => {
            const search = await pagefind.search(null, { filters: { [key]: value } });
            return [value, new Set(search.results.map((result) => result.id))] as const;
          }),
        );
        return [key, Object.fromEntries(sets)] as const;
      }),
    );
    return Object.fromEntries(entries);
  })();
  return members;
}
