import { describe, expect, it } from 'vitest';
import { pageHistory, parseGitLog } from './git-history.ts';

const RS = '\u001e';
const US = '\u001f';
const output = [
  `${RS}2026-11-20T10:00:00+01:00${US}Förtydliga lägesbilden\n\ncontent/ansvar/arlig-lagesbild.mdx\ncontent/riktlinjer/lagesbild-och-planer.mdx\n`,
  `${RS}2026-10-01T09:00:00+02:00${US}Lägg till avsnitt\n\ncontent/riktlinjer/lagesbild-och-planer.mdx\n`,
].join('');

describe('git change history', () => {
  it('lists each file’s changes newest first', () => {
    const log = parseGitLog(output);
    expect(log.get('content/riktlinjer/lagesbild-och-planer.mdx')?.map((c) => c.message)).toEqual([
      'Förtydliga lägesbilden',
      'Lägg till avsnitt',
    ]);
    expect(log.get('content/ansvar/arlig-lagesbild.mdx')).toHaveLength(1);
  });

  it('takes the last-changed date from the newest commit', () => {
    const history = pageHistory(parseGitLog(output), 'content/riktlinjer/lagesbild-och-planer.mdx', new Date('2020-01-01'));
    expect(history.updated.toISOString()).toBe('2026-11-20T09:00:00.000Z');
  });

  it('falls back to the frontmatter date when git does not know the file (e.g. a shallow clone)', () => {
    const fallback = new Date('2024-04-25T00:00:00Z');
    expect(pageHistory(new Map(), 'content/x.mdx', fallback)).toEqual({ updated: fallback, changes: [] });
  });
});
