/**
 * The content fixtures of the checker's tests: the valid content in
 * `tests/fixtures/content/valid/`, with the files of one or more
 * `malformed-*` folders laid over it, checked as the build checks them.
 */
import path from 'node:path';
import { checkEntries } from './check.ts';
import { siteOptions } from './index.ts';
import { formatProblems } from './problem.ts';
import { readContent, type SourceEntry } from '../content-source/source.ts';

const projectRoot = path.resolve(import.meta.dirname, '../../..');
export const fixtures = path.join(projectRoot, 'tests/fixtures/content');

/** The valid fixture content with the files of malformed fixtures laid over it. */
export function contentWith(...malformed: string[]): SourceEntry[] {
  const entries = new Map(readContent(path.join(fixtures, 'valid')).map((entry) => [entry.file, entry]));
  for (const folder of malformed) for (const entry of readContent(path.join(fixtures, folder))) entries.set(entry.file, entry);
  return [...entries.values()];
}

/** Checks fixture entries with the valid fixture's `public/` and the project's own routes; `today` pins the date change notes are checked against. */
export function checkFixtureEntries(entries: readonly SourceEntry[], today?: Date) {
  const options = {
    ...siteOptions(path.join(fixtures, 'valid')),
    reservedSegments: siteOptions(projectRoot).reservedSegments,
    ...(today && { today }),
  };
  return checkEntries(entries, options);
}

/** Checks the fixture content with the files of `malformed` fixtures laid over it. */
export const checkWith = (...malformed: string[]) => checkFixtureEntries(contentWith(...malformed));

/** The report an editor would see for the fixture content. */
export const report = (...malformed: string[]) => formatProblems(checkWith(...malformed).problems);
