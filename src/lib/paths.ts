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
  interventions: '/insatser/',
  intervention: (id: string) => `/insatser/${id}/`,
  glossary: '/ordlista/',
  term: (id: string) => `/ordlista/#${id}`,
  documents: '/dokument/',
  document: (id: string) => `/dokument/#${id}`,
  accessibility: '/tillganglighet/',
  search: '/sok/',
} as const;
