import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** One commit that changed a file. */
export interface Change {
  date: Date;
  message: string;
  /** The commit, so a change to several files of one page is shown once. */
  hash?: string;
}

/** Every file's changes, newest first, keyed by path relative to the repository root. */
export type ChangeLog = Map<string, Change[]>;

const FIELD = '\u001f';
const RECORD = '\u001e';

/**
 * Parses `git log --name-only --format=<RS>%H<US>%cI<US>%s` output into a change log.
 * Kept apart from the git call so it can be tested on fixed text.
 * @param boundary commits to leave out: the cut-off commits of a shallow clone,
 * which look as if they added every file.
 */
export function parseGitLog(output: string, boundary: ReadonlySet<string> = new Set()): ChangeLog {
  const log: ChangeLog = new Map();
  for (const record of output.split(RECORD)) {
    const [header, ...files] = record.trim().split('\n');
    if (!header) continue;
    const [hash = '', iso, message = ''] = header.split(FIELD);
    if (boundary.has(hash)) continue;
    const change = { date: new Date(iso!), message, hash };
    for (const file of files.map((f) => f.trim()).filter(Boolean)) {
      const changes = log.get(file) ?? [];
      changes.push(change);
      log.set(file, changes);
    }
  }
  return log;
}

/**
 * Reads the change history of everything under `folder` with one git call.
 * Works in CI's shallow clone: the commits at its cut-off are left out, so a
 * file changed within the fetched history gets its real changes and a file
 * changed before it gets none (and its page falls back to the frontmatter
 * date). Returns an empty log outside a git checkout.
 */
export function readChangeLog(folder: string, cwd = process.cwd()): ChangeLog {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const shallowFile = path.resolve(cwd, git('rev-parse', '--git-path', 'shallow').trim());
    const boundary = new Set(existsSync(shallowFile) ? readFileSync(shallowFile, 'utf8').split('\n').filter(Boolean) : []);
    return parseGitLog(git('log', '--no-merges', '--name-only', `--format=${RECORD}%H${FIELD}%cI${FIELD}%s`, '--', folder), boundary);
  } catch {
    return new Map();
  }
}

/** What a page shows about its changes. */
export interface PageHistory {
  /** When the content last changed. */
  updated: Date;
  /** The newest changes, newest first; empty when only the fallback date is known. */
  changes: Change[];
  /** The one content file the page is made from, for the edit link; absent for pages made from many. */
  file?: string;
}

/**
 * A page's history from git, or the frontmatter date when git knows nothing of the file.
 * @param limit how many changes to keep (default 5).
 */
export function pageHistory(log: ChangeLog, file: string, fallback: Date, limit = 5): PageHistory {
  return combinedHistory(log, [file], fallback, limit);
}

/**
 * The history of a page made from several files (the whole guidelines, the
 * glossary): their changes together, newest first, each commit once.
 * @param fallback the date shown when git knows none of the files.
 */
export function combinedHistory(log: ChangeLog, files: readonly string[], fallback: Date, limit = 5): PageHistory {
  const byCommit = new Map<string, Change>();
  for (const file of files) {
    for (const change of log.get(file) ?? []) byCommit.set(change.hash || `${change.date.toISOString()} ${change.message}`, change);
  }
  const changes = [...byCommit.values()].sort((a, b) => b.date.getTime() - a.date.getTime());
  if (changes.length === 0) return { updated: fallback, changes: [] };
  return { updated: changes[0]!.date, changes: changes.slice(0, limit) };
}
