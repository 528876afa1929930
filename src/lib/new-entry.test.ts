import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkEntries } from './content-check/check.ts';
import { formatProblems, siteOptions } from './content-check/index.ts';
import { readContent } from './content-source/source.ts';
import { newEntryKinds, writeNewEntry, type NewEntryKind } from './new-entry.ts';

const root = path.resolve(import.meta.dirname, '../..');
const TODAY = '2026-11-30';

let project: string;
/** A temp copy of the `content/` and `public/` folders under `from`. */
function copyContent(from: string) {
  for (const folder of ['content', 'public']) cpSync(path.join(from, folder), path.join(project, folder), { recursive: true });
}
beforeEach(() => {
  project = mkdtempSync(path.join(tmpdir(), 'ny-'));
  copyContent(root);
});
afterEach(() => rmSync(project, { recursive: true, force: true }));

/** The checker's report on the temp copy, with the site's own routes as the build has them. */
const report = () =>
  formatProblems(
    checkEntries(readContent(project), { ...siteOptions(project), reservedSegments: siteOptions(root).reservedSegments }).problems,
  );

/** What an editor does after the printed step: lists the intervention last in a section that already lists some. */
function listInASection(id: string) {
  const folder = path.join(project, 'content/riktlinjer');
  const file = readdirSync(folder)
    .map((name) => path.join(folder, name))
    .find((name) => /^interventions: \[.+\]$/m.test(readFileSync(name, 'utf8')))!;
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^interventions: \[(.+)\]$/m, `interventions: [$1, ${id}]`));
}

describe('npm run ny', () => {
  it.each(Object.keys(newEntryKinds).filter((kind) => kind !== 'insats') as NewEntryKind[])(
    'writes a new %s that passes the content checker',
    (kind) => {
      const { file } = writeNewEntry(project, kind, 'Läxhjälp: för unga', TODAY);
      expect(file).toMatch(new RegExp(`^content/${newEntryKinds[kind]}/laxhjalp-for-unga\\.(mdx|yaml)$`));
      expect(report()).toBe(formatProblems([]));
    },
  );

  it('writes a new intervention that passes once a section lists it, as the printed step says', () => {
    const { file, nextSteps } = writeNewEntry(project, 'insats', 'Läxhjälp: för unga', TODAY);
    expect(nextSteps[0]).toContain('Lägg till laxhjalp-for-unga i "interventions:" i det eller de avsnitt i content/riktlinjer/');
    expect(report()).toContain(`${file}:2 — Inget avsnitt listar insatsen under "interventions:"`);
    listInASection('laxhjalp-for-unga');
    expect(report()).toBe(formatProblems([]));
  });

  it('marks every placeholder ÄNDRA and takes valid values from the content', () => {
    // The fixture content, whose ids do not change with the site's.
    rmSync(path.join(project, 'content'), { recursive: true });
    copyContent(path.join(root, 'tests/fixtures/content/valid'));
    const { file } = writeNewEntry(project, 'insats', 'Läxhjälp: för unga', TODAY);
    expect(readFileSync(path.join(project, file), 'utf8')).toMatchInlineSnapshot(`
      "---
      title: "Läxhjälp: för unga"
      summary: "ÄNDRA: en mening om vad insatsen är."
      kind: forebyggande # ÄNDRA vid behov: ett av forebyggande, riktad
      example: arlig-lagesbild # ÄNDRA: id för citatet där riktlinjerna nämner insatsen som exempel
      sources: [remiss-2024] # ÄNDRA vid behov: dokumenten som texten bygger på
      updated: 2026-11-30
      ---

      ÄNDRA: Beskriv insatsen.
      "
    `);
  });

  it('refuses to overwrite an entry that exists, and leaves it as it was', () => {
    const { file } = writeNewEntry(project, 'begrepp', 'Läxhjälp', TODAY);
    writeFileSync(path.join(project, file), 'term: Läxhjälp\ndefinition: Redaktörens egen text.\n');
    expect(() => writeNewEntry(project, 'begrepp', 'läxhjälp', TODAY)).toThrow(
      'content/ordlista/laxhjalp.yaml finns redan, och inget skrivs över. Ändra i den filen, eller välj en annan titel.',
    );
    expect(readFileSync(path.join(project, file), 'utf8')).toContain('Redaktörens egen text.');
  });

  it('refuses when a file with another extension already has the id', () => {
    writeFileSync(path.join(project, 'content/insatser/laxhjalp.md'), '---\ntitle: Läxhjälp\n---\n');
    expect(() => writeNewEntry(project, 'insats', 'Läxhjälp', TODAY)).toThrow('content/insatser/laxhjalp.md finns redan');
  });

  it('names the kinds of entry when the kind is unknown, and asks for letters when the title has none', () => {
    expect(() => writeNewEntry(project, 'insatser', 'Läxhjälp', TODAY)).toThrow(
      'Okänd samling "insatser". Skriv en av: insats, avsnitt, aktor, uppgift, dokument, begrepp, sida.',
    );
    expect(() => writeNewEntry(project, 'insats', '!?', TODAY)).toThrow('Titeln "!?" ger inget filnamn.');
  });
});
