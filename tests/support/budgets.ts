/**
 * Page-weight budgets: what each built page may cost before the reader does
 * anything. tests/budgets.test.ts holds every page to them; `npm run bench`
 * reports against them.
 */

/** What a page may cost before any interaction, gzip-compressed as the server sends it. */
export interface Budget {
  /** HTML, CSS and JavaScript together. */
  gzip: number;
  requests: number;
  /** JavaScript alone. */
  js: number;
  /** Script files, static imports included. */
  scripts: number;
}

/** A reading page: the text, the site's one stylesheet and the header search's small script. */
export const READING: Budget = { gzip: 15 * 1024, requests: 3, js: 1024, scripts: 1 };

/**
 * Pages that may cost more than a reading page, and why. Every other page is
 * held to READING. Raise a budget only with a reason beside it.
 */
export const BUDGETS: Record<string, Budget> = {
  // The whole guidelines on one page, for reading in full and printing: grows with every section.
  'riktlinjer/hela/index.html': { ...READING, gzip: 35 * 1024 },
  // The search page's own script: the query planner (synonyms, å/ä/ö, compounds, word families, stop words,
  // typos, jobs) and the filters; 7.3 KB in November 2026. Pagefind itself loads only when the reader types.
  'sok/index.html': { gzip: 20 * 1024, requests: 4, js: 8 * 1024, scripts: 2 },
  // The catalogue's instant filters.
  'insatser/index.html': { gzip: 20 * 1024, requests: 4, js: 3 * 1024, scripts: 2 },
  // The glossary: every term and its definition on one page, which grows with each term. It was the one reading page
  // pushed over 15 KB when the site's single stylesheet took on the print styles every page needs (0.5 KB, November 2026).
  'ordlista/index.html': { ...READING, gzip: 16 * 1024 },
  // The editors' guide: every field of every collection with an example, one reference page that grows with the content model,
  // and since November 2026 the walk-through of a first edit in the browser (20.2 KB then). Its "Fältreferens", generated from
  // the schemas, explains all 80 fields with their examples and lists the ids each reference may name, which grow with the
  // content (27.1 KB with it, November 2026). The walk-through shows two screenshots of the site (29 KB as palette PNGs,
  // `npm run bilder:guide`), which a first-time editor needs to find the edit link and to recognise an error report;
  // with the field texts for change notes the page is 59 KB (November 2026).
  'om/redigera/index.html': { ...READING, gzip: 62 * 1024, requests: 5 },
  // The actor chooser's filter-as-you-type.
  'mitt-ansvar/index.html': { ...READING, requests: 4, js: 2 * 1024, scripts: 2 },
};

/** The budget a built page is held to. */
export function budgetFor(file: string): Budget {
  return BUDGETS[file] ?? READING;
}
