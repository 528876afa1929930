import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { t } from '../src/i18n/index.ts';
import { entryPage } from '../src/lib/content-source/site-map.ts';
import { readContent } from '../src/lib/content-source/source.ts';
import { isoDay } from '../src/lib/format.ts';
import { readChangeLog } from '../src/lib/git-history.ts';
import { paths } from '../src/lib/paths.ts';
import { copyProject } from '../scripts/bench/project-copy.ts';
import { buildSite, root } from './support/build.ts';

const siteDir = inject('siteDir');
const changeLog = readChangeLog('content', root);
const meta = (page: string) => parse(readFileSync(path.join(siteDir, page.slice(1), 'index.html'), 'utf8')).querySelector('.rvbe-meta');

/** Every page made from one content file, with the file and its frontmatter date. */
const entryPages = readContent(root)
  .filter((entry) => entryPage[entry.collection])
  .map((entry) => ({
    page: entryPage[entry.collection]!(entry.id),
    file: entry.file,
    updated: (entry.data as { updated: string }).updated,
  }));
/** Pages made from many content files. */
const combinedPages = [paths.home, paths.sections, paths.wholeGuidelines, paths.glossary, paths.documents];

describe('change history on the pages', () => {
  it.each([...entryPages.map(({ page }) => page), ...combinedPages])(
    '%s shows when its content last changed and a history of changes',
    (page) => {
      const block = meta(page);
      expect(block, page).not.toBeNull();
      expect(block!.querySelector('dt')?.text).toBeDefined();
      expect(block!.text).toContain(t('meta.updated'));
      expect(block!.querySelector('time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(block!.querySelector('details summary')?.text).toBe(t('meta.history'));
    },
  );

  it('lists the commits that changed a page, newest first, with date and message, from git', () => {
    const withHistory = entryPages.filter(({ file }) => changeLog.get(file)?.length);
    expect(withHistory.length).toBeGreaterThan(0);
    for (const { page, file } of withHistory) {
      const changes = changeLog.get(file)!.slice(0, 5);
      const items = meta(page)!.querySelectorAll('details li');
      expect(
        items.map((item) => item.querySelector('time')?.getAttribute('datetime')),
        page,
      ).toEqual(changes.map((change) => isoDay(change.date)));
      expect(
        items.map((item) => item.text.split(': ').slice(1).join(': ')),
        page,
      ).toEqual(changes.map((change) => change.message));
      expect(meta(page)!.querySelector('dd time')?.getAttribute('datetime')).toBe(isoDay(changes[0]!.date));
    }
  });

  it('combines the changes of every section on the pages made from all of them', () => {
    const sectionChanges = [...changeLog].filter(([file]) => file.startsWith('content/riktlinjer/')).flatMap(([, changes]) => changes);
    const newest = sectionChanges
      .map((change) => isoDay(change.date))
      .sort()
      .at(-1);
    for (const page of [paths.home, paths.sections, paths.wholeGuidelines]) {
      expect(meta(page)!.querySelectorAll('details li').length, page).toBe(
        Math.min(5, new Set(sectionChanges.map((change) => change.hash)).size),
      );
      expect(newest).toBeDefined();
      expect(meta(page)!.querySelector('dd time')?.getAttribute('datetime'), page).toBe(newest);
    }
  });

  it('falls back to the frontmatter date when git has no history of the file: a copy of the project without .git', () => {
    const copy = copyProject(root);
    try {
      const outDir = buildSite(path.join(copy.root, 'dist'), {}, copy.root);
      const withDate = entryPages.filter(({ updated }) => updated !== undefined);
      expect(withDate.length).toBeGreaterThan(50);
      for (const { page, file, updated } of withDate) {
        const block = parse(readFileSync(path.join(outDir, page.slice(1), 'index.html'), 'utf8')).querySelector('.rvbe-meta')!;
        expect(block.querySelector('dd time')?.getAttribute('datetime'), file).toBe(String(updated));
        expect(block.querySelector('details p')?.text, file).toBe(t('meta.historyFallback'));
        expect(block.querySelectorAll('details li'), file).toHaveLength(0);
      }
    } finally {
      copy.remove();
    }
  }, 300_000);
});
