/**
 * `npm run ny -- <samling> "Titel"`: writes a new content file to start from
 * and prints what else the editor must update. Never overwrites a file.
 * @example npm run ny -- insats "Läxhjälp"
 */
import { problemText } from '../src/i18n/problems.ts';
import { newEntryKinds, writeNewEntry } from '../src/lib/new-entry.ts';

const [kind, ...words] = process.argv.slice(2);
if (!kind || words.length === 0) {
  process.stderr.write(`${problemText('newEntry.usage', { kinds: Object.keys(newEntryKinds).join(', ') })}\n`);
  process.exit(1);
}
try {
  const { file, nextSteps } = writeNewEntry(process.cwd(), kind, words.join(' '));
  process.stdout.write(`${problemText('newEntry.written', { file, steps: nextSteps.map((step) => `- ${step}`).join('\n') })}\n`);
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}
