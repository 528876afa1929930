/**
 * `npm run ny -- <samling> "Titel"`: writes a new content file to start from
 * and prints what else the editor must update. Never overwrites a file.
 * @example npm run ny -- insats "Läxhjälp"
 */
import { newEntryKinds, writeNewEntry } from '../src/lib/new-entry.ts';

const [kind, ...words] = process.argv.slice(2);
if (!kind || words.length === 0) {
  process.stderr.write(
    `Så här skapar du en ny fil: npm run ny -- <samling> "Titel"\nSamlingar: ${Object.keys(newEntryKinds).join(', ')}.\n`,
  );
  process.exit(1);
}
try {
  const { file, nextSteps } = writeNewEntry(process.cwd(), kind, words.join(' '));
  process.stdout.write(`Skrev ${file}.\n\nDet här behöver du också göra:\n${nextSteps.map((step) => `- ${step}`).join('\n')}\n`);
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}
