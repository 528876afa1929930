/** The kinds of page search tells apart, as filter values (labels in sv.json under `searchType.`). */
export const searchTypes = ['riktlinje', 'uppgift', 'insats', 'aktor', 'begrepp', 'dokument', 'oversikt', 'sida'] as const;
export type SearchType = (typeof searchTypes)[number];

/** How a page is indexed: its kind, and the intervention kinds and actor ids it concerns. */
export interface SearchTags {
  type: SearchType;
  kinds?: readonly string[];
  actors?: readonly string[];
}
