import { execFileSync } from 'node:child_process';

/** One commit that changed a file. */
export interface Change {
  date: Date;
  message: string;
}

/** Every file's changes, newest first, keyed by path relative to the repository root. */
export type ChangeLog = Map<string, Change[]>;

const FIELD = '\u001f';
const RECORD = '\u001e';

/**
 * Parses `git log --name-only --format=<RS>%cI<US>%s` output into a change log.
 * Kept apart from the git call so it can be tested on fixed text.
 */
export function parseGitLog(output: string): ChangeLog {
  const log: ChangeLog = new Map();
  for (const record of output.split(RECORD)) {
    const [header, ...files] = record.trim().split('\n');
    if (!header) continue;
    const [iso, message = ''] = header.split(FIELD);
    const change = { date: new Date(iso!), message };
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
 * Returns an empty log outside a git checkout or in a shallow clone, whose
 * cut-off history would give every file the date of the newest commit.
 */
export function readChangeLog(folder: string, cwd = process.cwd()): ChangeLog {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    if (git('rev-parse', '--is-shallow-repository').trim() === 'true') return new Map();
    return parseGitLog(git('log', '--no-merges', '--name-only', `--format=${RECORD}%cI${FIELD}%s`, '--', folder));
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
}

/**
 * A page's history from git, or the frontmatter date when git knows nothing of the file.
 * @param limit how many changes to keep (default 5).
 */
export function pageHistory(log: ChangeLog, file: string, fallback: Date, limit = 5): PageHistory {
  const changes = log.get(file) ?? [];
  if (changes.length === 0) return { updated: fallback, changes: [] };
  return { updated: changes[0]!.date, changes: changes.slice(0, limit) };
}
