/**
 * Set by `npm run build` (`scripts/build.ts`) for the Astro process. The script
 * then does three things itself, in its own processes, instead of Astro's
 * integrations:
 * - it checks the content (`npm run check:content`) while Astro starts, and
 *   holds back Astro's output until the check has passed;
 * - it makes the search index and the compressed copies of the files after
 *   Astro has ended (`buildSearchIndex`, `precompressFolder`), so that Astro's
 *   memory and Pagefind's are never held at the same time.
 * Run directly, `astro build` does all three in its integrations.
 */
export const BUILD_SCRIPT = 'RIKTLINJER_BUILD_SCRIPT';

/** True in an Astro process that `npm run build` runs, which checks, indexes and compresses around it. */
export const byBuildScript = () => process.env[BUILD_SCRIPT] === '1';
