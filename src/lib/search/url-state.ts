/** The filter groups of the search page, as named in the URL and in Pagefind. */
export const searchFilterKeys = ['typ', 'slag', 'aktor'] as const;
export type SearchFilterKey = (typeof searchFilterKeys)[number];

/** What the search page shows, as kept in its URL: `/sok/?q=lägesbild&typ=insats`. */
export interface SearchState {
  q: string;
  filters: Partial<Record<SearchFilterKey, string>>;
}

/** Reads the search state from a URL's query string; unknown parameters are ignored. */
export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const key of searchFilterKeys) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value;
  }
  return { q: (params.get('q') ?? '').trim(), filters };
}

/**
 * Writes the search state as a query string, in a fixed order so equal states give equal URLs.
 * @example serializeSearchState({ q: 'nämnd', filters: { typ: 'insats' } }) // '?q=n%C3%A4mnd&typ=insats'
 */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of searchFilterKeys) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * Merges the result lists of several searches: each result once, the results
 * of an earlier search before those of a later one, each list in its own order.
 */
export function mergeResults<T extends { id: string }>(lists: readonly (readonly T[])[]): T[] {
  const seen = new Set<string>();
  const merged: T[] = [];
  for (const list of lists) {
    for (const result of list) {
      if (seen.has(result.id)) continue;
      seen.add(result.id);
      merged.push(result);
    }
  }
  return merged;
}
