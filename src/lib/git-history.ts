import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * One commit that changed a file: when, and which commit, so that a change to
 * several files of one page counts once. The message is not read: it is
 * written for developers, and readers see the change notes instead (`src/lib/change-notes.ts`).
 */
export interface Change {
  date: Date;
  hash: string;
}

/** Every file's changes, newest first, keyed by path relative to the repository root. */
export type ChangeLog = Map<string, Change[]>;

const FIELD = '\u001f';
const RECORD = '\u001e';

/**
 * Parses `git log --name-only --format=<RS>%H<US>%cI` output into a change log.
 * Kept apart from the git call so it can be tested on fixed text.
 * @param boundary commits to leave out: the cut-off commits of a shallow clone,
 * which look as if they added every file.
 */
export function parseGitLog(output: string, boundary: ReadonlySet<string> = new Set()): ChangeLog {
  const log: ChangeLog = new Map();
  for (const record of output.split(RECORD)) {
    const [header, ...files] = record.trim().split('\n');
    if (!header) continue;
    const [hash = '', iso] = header.split(FIELD);
    if (boundary.has(hash)) continue;
    const change = { date: new Date(iso!), hash };
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
    return parseGitLog(git('log', '--no-merges', '--name-only', `--format=${RECORD}%H${FIELD}%cI`, '--', folder), boundary);
  } catch {
    return new Map();
  }
}

/** What git tells of a page's changes. */
export interface PageHistory {
  /** When the content last changed. */
  updated: Date;
  /** When each commit that changed the page's files was made, newest first, each commit once; empty when only the fallback date is known. */
  commits: Date[];
  /** The one content file the page is made from, for the edit link; absent for pages made from many. */
  file?: string;
}

/** A page's history from git, or the frontmatter date when git knows nothing of the file. */
export function pageHistory(log: ChangeLog, file: string, fallback: Date): PageHistory {
  return combinedHistory(log, [file], fallback);
}

/**
 * The history of a page made from several files (the whole guidelines, the
 * glossary): their changes together, newest first, each commit once.
 * @param fallback the date shown when git knows none of the files.
 */
export function combinedHistory(log: ChangeLog, files: readonly string[], fallback: Date): PageHistory {
  const byCommit = new Map<string, Date>();
  for (const file of files) for (const change of log.get(file) ?? []) byCommit.set(change.hash, change.date);
  const commits = [...byCommit.values()].sort((a, b) => b.getTime() - a.getTime());
  return { updated: commits[0] ?? fallback, commits };
}
