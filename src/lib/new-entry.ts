/**
 * `npm run ny -- <samling> "Titel"`: a new content file to start from, named
 * by its title, and what else the editor must update.
 *
 * The file passes the content checker as written, so the editor can preview
 * it at once and every message the checker gives afterwards is about their own
 * changes. Where a field needs a value the editor must choose, it gets a
 * placeholder marked ÄNDRA: a text that says what to write, a `# ÄNDRA:`
 * comment beside a value that is only valid (an existing quote, the document
 * the site describes, the last place in the order). The unlisted-intervention
 * check then reminds of the one step that lies outside the new file. The
 * templates are in `new-entry-templates.ts`.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { problemText } from '../i18n/problems.ts';
import { collectionFiles } from '../schemas.ts';
import { checkEntries, slugify } from './content-check/check.ts';
import { siteOptions } from './content-check/index.ts';
import { readContent } from './content-source/source.ts';
import { existingContent, newEntryKinds, newEntryText, type NewEntryKind } from './new-entry-templates.ts';

export { newEntryKinds, type NewEntryKind };

/** The file written and what else the editor must do, in Swedish. */
export interface NewEntry {
  file: string;
  nextSteps: string[];
}

/** Today's date in Stockholm as YYYY-MM-DD (the Swedish date format is the ISO one). */
export const todayInStockholm = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

/**
 * Writes a new entry under `rootDir/content/` and says what else to update.
 * Throws an error with a Swedish message when the kind is unknown, the title
 * gives no id, or an entry with that id exists (nothing is overwritten).
 * @example writeNewEntry('.', 'insats', 'Läxhjälp') // { file: 'content/insatser/laxhjalp.mdx', nextSteps: [...] }
 */
export function writeNewEntry(rootDir: string, kind: string, title: string, today = todayInStockholm()): NewEntry {
  if (!Object.hasOwn(newEntryKinds, kind)) {
    throw new Error(problemText('newEntry.unknownKind', { kind, kinds: Object.keys(newEntryKinds).join(', ') }));
  }
  const collection = newEntryKinds[kind as NewEntryKind];
  const id = slugify(title.replace(/\//g, ' '));
  if (!id) throw new Error(problemText('newEntry.noId', { title }));
  const { folder, pattern } = collectionFiles[collection];
  const file = path.posix.join('content', folder, `${id}${path.extname(pattern)}`);
  const entries = readContent(rootDir);
  const clash = entries.find((entry) => entry.collection === collection && entry.id === id)?.file;
  if (clash || existsSync(path.join(rootDir, file))) {
    throw new Error(problemText('newEntry.exists', { file: clash ?? file }));
  }

  const existing = existingContent(checkEntries(entries, siteOptions(rootDir)).valid);
  const { text, nextSteps } = newEntryText(kind as NewEntryKind, title.trim(), id, existing, today);
  mkdirSync(path.dirname(path.join(rootDir, file)), { recursive: true });
  writeFileSync(path.join(rootDir, file), text);
  return { file, nextSteps };
}
