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
  search(term: string, options?: { filters?: Record<string, string> }): Promise<PagefindSearch>;
}

let loading: Promise<Pagefind> | undefined;

/** Loads Pagefind from the site's own bundle, once. */
export function loadPagefind(bundle: string, base: string): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
    // The index is small; searching on the main thread saves the worker's download.
    await pagefind.options({ baseUrl: base, noWorker: true, excerptLength: 24 });
    await pagefind.init();
    // Loading the filter index first makes every search report its filter counts.
    await pagefind.filters();
    return pagefind;
  })();
  return loading;
}
