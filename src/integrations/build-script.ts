/**
 * Set by `npm run build` (`scripts/build.ts`) for the Astro process. The script
 * then does three things itself, in its own processes, instead of Astro's
 * integrations:
 * - it checks the content (`npm run check:content`) while Astro starts, and
 *   holds back Astro's output until the check has passed;
 * - it makes the search index and the compressed copies of the files: the
 *   copies for Pagefind and the compression of the pages Astro has finished
 *   while Astro still writes pages (`IndexedCopies`, `precompressFolder`), and
 *   the rest and the index itself after Astro has ended (`buildSearchIndex`),
 *   so that Astro's memory and Pagefind's are never held at the same time.
 * Run directly, `astro build` does all three in its integrations.
 */
export const BUILD_SCRIPT = 'RIKTLINJER_BUILD_SCRIPT';

/** True in an Astro process that `npm run build` runs, which checks, indexes and compresses around it. */
export const byBuildScript = () => process.env[BUILD_SCRIPT] === '1';
