import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { combinedHistory, pageHistory, parseGitLog, readChangeLog } from './git-history.ts';

const RS = '\u001e';
const US = '\u001f';
const output = [
  `${RS}c3${US}2026-11-20T10:00:00+01:00\n\ncontent/ansvar/arlig-lagesbild.mdx\ncontent/riktlinjer/lagesbild-och-planer.mdx\n`,
  `${RS}c2${US}2026-10-01T09:00:00+02:00\n\ncontent/riktlinjer/lagesbild-och-planer.mdx\n`,
  `${RS}c1${US}2026-09-01T09:00:00+02:00\n\ncontent/riktlinjer/lagesbild-och-planer.mdx\ncontent/ansvar/arlig-lagesbild.mdx\ncontent/ordlista/lagesbild.yaml\n`,
].join('');

describe('git change history', () => {
  it('lists each file’s changes newest first', () => {
    const log = parseGitLog(output);
    expect(log.get('content/riktlinjer/lagesbild-och-planer.mdx')?.map((c) => c.hash)).toEqual(['c3', 'c2', 'c1']);
    expect(log.get('content/ansvar/arlig-lagesbild.mdx')).toHaveLength(2);
  });

  it('takes the last-changed date from the newest commit', () => {
    const history = pageHistory(parseGitLog(output), 'content/riktlinjer/lagesbild-och-planer.mdx', new Date('2020-01-01'));
    expect(history.updated.toISOString()).toBe('2026-11-20T09:00:00.000Z');
  });

  it('falls back to the frontmatter date when git does not know the file', () => {
    const fallback = new Date('2024-04-25T00:00:00Z');
    expect(pageHistory(new Map(), 'content/x.mdx', fallback)).toEqual({ updated: fallback, commits: [] });
  });

  it('leaves out the cut-off commit of a shallow clone, which looks as if it added every file', () => {
    const log = parseGitLog(output, new Set(['c1']));
    expect(log.get('content/riktlinjer/lagesbild-och-planer.mdx')).toHaveLength(2);
    const fallback = new Date('2024-04-25T00:00:00Z');
    expect(pageHistory(log, 'content/ordlista/lagesbild.yaml', fallback)).toEqual({ updated: fallback, commits: [] });
  });

  it('combines the changes of a page made of several files, each commit once, newest first', () => {
    const history = combinedHistory(
      parseGitLog(output),
      ['content/ansvar/arlig-lagesbild.mdx', 'content/riktlinjer/lagesbild-och-planer.mdx'],
      new Date(0),
    );
    expect(history.commits.map((date) => date.toISOString())).toEqual([
      '2026-11-20T09:00:00.000Z',
      '2026-10-01T07:00:00.000Z',
      '2026-09-01T07:00:00.000Z',
    ]);
  });

  it('reads real history from git, and only the fetched part of a shallow clone', () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'git-history-'));
    const git = (cwd: string, ...args: string[]) =>
      execFileSync('git', args, {
        cwd,
        encoding: 'utf8',
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 'Redaktör',
          GIT_AUTHOR_EMAIL: 'redaktion@example.org',
          GIT_COMMITTER_NAME: 'Redaktör',
          GIT_COMMITTER_EMAIL: 'redaktion@example.org',
        },
      });
    try {
      git(repo, 'init', '--quiet');
      mkdirSync(path.join(repo, 'content'));
      for (const [file, message] of [
        ['a.mdx', 'Lägg till a'],
        ['b.mdx', 'Lägg till b'],
        ['a.mdx', 'Ändra a'],
      ]) {
        writeFileSync(path.join(repo, 'content', file!), message!);
        git(repo, 'add', '.');
        git(repo, 'commit', '--quiet', '-m', message!);
      }
      // Newest first: the second change of a, b, the first change of a.
      const [changeA, , addA] = git(repo, 'log', '--format=%H').trim().split('\n');
      expect(
        readChangeLog('content', repo)
          .get('content/a.mdx')
          ?.map((c) => c.hash),
      ).toEqual([changeA, addA]);

      const clone = path.join(repo, 'clone');
      git(repo, 'clone', '--quiet', '--depth', '2', `file://${repo}`, clone);
      const shallow = readChangeLog('content', clone);
      expect(shallow.get('content/a.mdx')?.map((c) => c.hash)).toEqual([changeA]);
      expect(shallow.get('content/b.mdx')).toBeUndefined();
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
