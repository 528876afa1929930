/**
 * Where each kind of page lives, root-relative. Components pass these through
 * `url()` so the site works under any base path.
 */
export const paths = {
  home: '/',
  sections: '/riktlinjer/',
  wholeGuidelines: '/riktlinjer/hela/',
  section: (id: string) => `/riktlinjer/${id}/`,
  chooser: '/mitt-ansvar/',
  actor: (id: string) => `/aktorer/${id}/`,
  matrix: '/ansvar/',
  /** A duty's own page; its column in the matrix is `/ansvar/#id`. */
  duty: (id: string) => `/ansvar/${id}/`,
  /** The matrix as a CSV file for Excel, written by `src/pages/ansvar/ansvarsmatris.csv.ts`. */
  matrixCsv: '/ansvar/ansvarsmatris.csv',
  cycle: '/arshjul/',
  interventions: '/insatser/',
  intervention: (id: string) => `/insatser/${id}/`,
  /** The interventions with one facet value, e.g. `/insatser/slag/riktad/`. */
  interventionFacet: (facet: string, value: string) => `/insatser/${facet}/${value}/`,
  glossary: '/ordlista/',
  term: (id: string) => `/ordlista/#${id}`,
  documents: '/dokument/',
  /** A document's own page, with its stored text when there is one. */
  document: (id: string) => `/dokument/${id}/`,
  /** Where a quote stands in its document's stored text. */
  quote: (documentId: string, quoteId: string) => `/dokument/${documentId}/#citat-${quoteId}`,
  /** The task page for an employee who is worried about someone, `content/sidor/orolig-for-nagon.mdx`. */
  worried: '/orolig-for-nagon/',
  accessibility: '/tillganglighet/',
  /** The editors' guide, `content/sidor/om/redigera.mdx`. */
  editorGuide: '/om/redigera/',
  search: '/sok/',
  /** Every change note on the site, newest first, "Senaste ändringar". */
  changes: '/andringar/',
  /** The change notes that concern one actor. */
  actorChanges: (id: string) => `/andringar/${id}/`,
  /** The change notes as an RSS feed, written by `src/pages/andringar.xml.ts`. */
  changesFeed: '/andringar.xml',
  /** The page that lists the files for other systems, `src/pages/data/index.astro`. */
  data: '/data/',
  /** A file under /data/, written by `src/pages/data/[file].ts`, e.g. `insatser.json`. */
  dataFile: (file: string) => `/data/${file}`,
} as const;
