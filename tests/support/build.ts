import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** The project root. */
export const root = path.resolve(import.meta.dirname, '../..');

/** Where the test build is written, apart from the served `dist/`. */
export const testDist = path.join(root, 'node_modules/.cache/test-dist');

/**
 * Vite's own variables, which Vitest copies into `process.env`. A build must not
 * inherit them: Astro would take `BASE_URL=/` over the base the site is built for.
 */
const VITE_ENV = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);

/** Builds the site (of the project at `cwd`, by default this one) into `outDir` with the project's own Astro, and returns `outDir`. */
export function buildSite(outDir = testDist, env: Record<string, string> = {}, cwd = root): string {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITE_ENV.has(name)));
  execFileSync(path.join(root, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
    cwd,
    env: { ...inherited, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return outDir;
}

/** Every HTML page of a build, as paths relative to its folder. */
export function htmlPages(outDir = testDist): string[] {
  if (!existsSync(outDir)) return [];
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

/** The URL path a built HTML file is served at: `aktorer/polisen/index.html` → `/aktorer/polisen/`. */
export function pagePath(file: string): string {
  return `/${file.replace(/index\.html$/, '')}`;
}
