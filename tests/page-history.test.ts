import { execFileSync } from 'node:child_process';
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

/** The subject lines of the commits that changed a file, as git writes them: what readers must never see. */
const subjects = (file: string) =>
  execFileSync('git', ['log', '--no-merges', '--format=%s', '--', file], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
/** The days (in Stockholm) of the commits that changed these files, newest first, each day once. */
const commitDays = (files: readonly string[]) =>
  files
    .flatMap((file) => changeLog.get(file) ?? [])
    .map((change) => change.date)
    .sort((a, b) => b.getTime() - a.getTime())
    .map(isoDay)
    .filter((day, index, days) => days.indexOf(day) === index);
/** The days the content has change notes for, on the entries a page is made from. */
const notedDays = (files: readonly string[]) =>
  new Set(
    readContent(root)
      .filter((entry) => files.includes(entry.file))
      .flatMap((entry) => ((entry.data as { changes?: { date: string }[] }).changes ?? []).map((note) => String(note.date))),
  );
const editorialShown = (page: string) =>
  meta(page)!
    .querySelectorAll('.rvbe-meta__editorial time')
    .map((time) => time.getAttribute('datetime'));

describe('change dates on the pages', () => {
  it.each([...entryPages.map(({ page }) => page), ...combinedPages])(
    '%s shows when the page itself last changed, and its changes',
    (page) => {
      const block = meta(page);
      expect(block, page).not.toBeNull();
      expect(block!.querySelector('dt')?.text).toBe(t('meta.updated'));
      expect(block!.querySelector('dd time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(block!.querySelector('details summary')?.text).toBe(t('meta.history'));
      expect(block!.querySelector('details a[href="/andringar/"]')?.text).toBe(t('meta.allChanges'));
    },
  );

  it('never shows a commit message: those are written for developers', () => {
    const withHistory = entryPages.filter(({ file }) => changeLog.get(file)?.length);
    expect(withHistory.length).toBeGreaterThan(0);
    const shown = withHistory.flatMap(({ page, file }) => {
      const text = meta(page)!.text.replace(/\s+/g, ' ');
      // Short subjects ("Review") could be ordinary words; a sentence long enough to be a message is not.
      return subjects(file)
        .filter((subject) => subject.length >= 20 && text.includes(subject))
        .map((subject) => `${page}: ${subject}`);
    });
    expect(withHistory.flatMap(({ file }) => subjects(file)).filter((subject) => subject.length >= 20).length).toBeGreaterThan(0);
    expect(shown).toEqual([]);
  });

  it('dates each page by its newest commit, and lists the days of commits without a note as editorial changes, newest first', () => {
    const withHistory = entryPages.filter(({ file }) => changeLog.get(file)?.length);
    for (const { page, file } of withHistory) {
      const days = commitDays([file]);
      expect(meta(page)!.querySelector('dd time')?.getAttribute('datetime'), page).toBe(days[0]);
      const noted = notedDays([file]);
      expect(editorialShown(page), page).toEqual(days.filter((day) => !noted.has(day)).slice(0, 5));
    }
  });

  it('combines the commits of every section on the pages made from all of them', () => {
    const files = readContent(root)
      .filter((entry) => entry.collection === 'riktlinjer')
      .map((entry) => entry.file);
    const days = commitDays(files);
    expect(days.length).toBeGreaterThan(1);
    const noted = notedDays(files);
    for (const page of [paths.home, paths.sections, paths.wholeGuidelines]) {
      expect(meta(page)!.querySelector('dd time')?.getAttribute('datetime'), page).toBe(days[0]);
      expect(editorialShown(page), page).toEqual(days.filter((day) => !noted.has(day)).slice(0, 5));
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
        expect(block.querySelector('details')?.text, file).toContain(t('meta.historyFallback'));
        expect(block.querySelector('.rvbe-meta__editorial'), file).toBeNull();
      }
    } finally {
      copy.remove();
    }
  }, 300_000);
});
