import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** What the project's root holds that a clean build must not see: build output, caches and history. */
const LEFT_OUT = new Set(['node_modules', 'dist', '.dist-staging', '.astro', '.git', 'bench', 'test-results']);
/** Caches inside node_modules that would make a build warm, or that a second build would share. */
const CACHES = new Set(['.astro', '.cache', '.vite', '.vite-temp', '.vitest-cache']);

/** A throw-away copy of the project in a temporary folder. */
export interface ProjectCopy {
  root: string;
  remove(): void;
}

/**
 * Copies the project to a temporary folder for a clean build: the sources
 * are copied, every package in `node_modules` is linked (not copied), and no
 * cache comes along, so the build starts cold and leaves the real project alone.
 */
export function copyProject(projectRoot: string): ProjectCopy {
  const root = mkdtempSync(path.join(tmpdir(), 'riktlinjer-bench-'));
  // Readable by all, like a checkout, so that an unprivileged nginx can serve the build.
  chmodSync(root, 0o755);
  for (const name of readdirSync(projectRoot)) {
    if (LEFT_OUT.has(name)) continue;
    cpSync(path.join(projectRoot, name), path.join(root, name), { recursive: true });
  }
  mkdirSync(path.join(root, 'node_modules'));
  for (const name of readdirSync(path.join(projectRoot, 'node_modules'))) {
    if (CACHES.has(name)) continue;
    symlinkSync(path.join(projectRoot, 'node_modules', name), path.join(root, 'node_modules', name));
  }
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
