/**
 * A build that never leaves the served folder half-written: Astro writes to a
 * staging folder beside `dist/`, and only a build that passed replaces it.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/** The folders of a staged build in `root`. */
export interface BuildFolders {
  /** What is served: `dist/`. */
  dist: string;
  /** Where the new build is written: `.dist-staging/`. */
  staging: string;
  /** Where the served build waits while the new one moves in: `.dist-previous/`. */
  previous: string;
}

export function buildFolders(root: string): BuildFolders {
  return { dist: path.join(root, 'dist'), staging: path.join(root, '.dist-staging'), previous: path.join(root, '.dist-previous') };
}

/**
 * Puts back the served build if a swap was cut off between its two renames
 * (the machine stopped just then), so `dist/` is never missing for long.
 * @returns true when it had to put it back.
 */
export function recoverDist({ dist, previous }: BuildFolders): boolean {
  if (existsSync(dist) || !existsSync(previous)) return false;
  renameSync(previous, dist);
  return true;
}

/**
 * Replaces `dist/` with the staging folder. Each step is one rename on the
 * same file system, which is atomic: a reader sees the whole old build or the
 * whole new one, never a mix (between the two renames `dist/` is briefly
 * absent, and `recoverDist` repairs a swap cut off there). The old build is
 * deleted last.
 */
export function replaceDist(folders: BuildFolders): void {
  const { dist, staging, previous } = folders;
  if (!existsSync(staging)) throw new Error(`Det finns inget nytt bygge i ${staging}.`);
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(dist)) renameSync(dist, previous);
  renameSync(staging, dist);
  rmSync(previous, { recursive: true, force: true });
}

/** Removes what a failed or interrupted build left in the staging folder. */
export function discardStaging({ staging }: BuildFolders): void {
  rmSync(staging, { recursive: true, force: true });
}
