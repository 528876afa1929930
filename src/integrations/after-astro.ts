/**
 * Set by `npm run build` (`scripts/build.ts`) for the Astro process: the search
 * index and the compressed copies of the files are then made after Astro has
 * ended, by the script's own process (`buildSearchIndex`, `precompressFolder`),
 * so that Astro's memory and Pagefind's are never held at the same time. Run
 * directly, `astro build` makes them itself, in its integrations.
 */
export const AFTER_ASTRO = 'RIKTLINJER_INDEX_AFTER_ASTRO';

/** True in an Astro process whose search index and compression `npm run build` makes afterwards. */
export const afterAstro = () => process.env[AFTER_ASTRO] === '1';
