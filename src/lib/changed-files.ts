import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** A file found by `changedFiles`, with the modification time to record once it is handled. */
export interface ChangedFile {
  /** Path relative to the folder. */
  file: string;
  mtimeMs: number;
}

/**
 * The files under `folder` that `include` accepts and that are new or changed
 * since `handled` recorded them (path relative to the folder → modification
 * time), so that a folder another process is still writing can be followed.
 * Files last written at or after `settledBefore` (a `Date.now()`) are left
 * out: they may still be being written. The caller records a file in
 * `handled` only once it has handled it, so a file whose handling failed comes
 * back in the next list.
 */
export function changedFiles(
  folder: string,
  handled: ReadonlyMap<string, number>,
  include: (file: string) => boolean,
  settledBefore = Infinity,
): ChangedFile[] {
  const changed: ChangedFile[] = [];
  for (const file of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    if (!include(file)) continue;
    const { mtimeMs } = statSync(path.join(folder, file));
    if (mtimeMs < settledBefore && handled.get(file) !== mtimeMs) changed.push({ file, mtimeMs });
  }
  return changed;
}
