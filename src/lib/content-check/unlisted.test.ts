import { describe, expect, it } from 'vitest';
import { checkFixtureEntries, contentWith, report } from './test-content.ts';

describe('interventions that no guideline section lists', () => {
  it('reminds the editor to list a new intervention in the sections that describe it', () => {
    expect(report('malformed-unlisted-intervention')).toMatchInlineSnapshot(`
      "Innehållet har 1 fel. Bygget stoppas tills det är rättat.

      content/insatser/mentorskap.mdx:2 — Inget avsnitt listar insatsen under "interventions:", så den nås bara från insatskatalogen och inte från riktlinjerna.
        Så rättar du: Lägg till mentorskap i "interventions:" i det eller de avsnitt i content/riktlinjer/ som beskriver insatsen, med kommatecken mellan id:n, t.ex. interventions: [nattvandring, mentorskap].
      "
    `);
  });

  it('says nothing of the lists while a section fails its schema, since its list is unknown', () => {
    const { problems } = checkFixtureEntries(contentWith('malformed-unlisted-intervention', 'malformed-date'));
    expect(problems.map((problem) => `${problem.file} ${problem.field}`)).toEqual(['content/riktlinjer/inledning.mdx updated']);
  });
});
