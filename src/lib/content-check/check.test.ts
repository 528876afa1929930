import { describe, expect, it } from 'vitest';
import { fieldName } from './problem.ts';
import { checkWith, report } from './test-content.ts';

describe('content checker', () => {
  it('accepts the valid fixture content', () => {
    const { problems, valid } = checkWith();
    expect(problems).toEqual([]);
    expect(valid).toHaveLength(11);
  });

  it('names the file, line and field when a required field is missing', () => {
    expect(report('malformed-missing-field')).toMatchInlineSnapshot(`
      "Innehållet har 1 fel. Bygget stoppas tills det är rättat.

      content/insatser/nattvandring.mdx:2 — kind: Fältet saknas. Om fältet: Vilket slag av insats det är: \`forebyggande\` för förebyggande arbete eller \`riktad\` för riktade sociala insatser.
        Så rättar du: Lägg till "kind:" med ett av de tillåtna värdena: forebyggande, riktad.
      "
    `);
  });

  it('explains a missing reference field and lists the ids it may name', () => {
    expect(report('malformed-missing-reference')).toMatchInlineSnapshot(`
      "Innehållet har 1 fel. Bygget stoppas tills det är rättat.

      content/riktlinjer/uppfoljning.mdx:2 — owner: Fältet saknas. Om fältet: Id för aktören som äger innehållet. Sidan visar vem som ansvarar för texten.
        Så rättar du: Lägg till fältet "owner" med id för en aktör. Giltiga id: socialnamnden, stadsdelsnamnderna, stadsledningskontoret.
      "
    `);
  });

  it('lists the allowed values and the nearest one when an enum value is not allowed', () => {
    expect(report('malformed-enum')).toMatchInlineSnapshot(`
      "Innehållet har 1 fel. Bygget stoppas tills det är rättat.

      content/insatser/nattvandring.mdx:4 — kind: Värdet "forebygande" är inte tillåtet.
        Så rättar du: Menade du "forebyggande"? Tillåtna värden: forebyggande, riktad.
      "
    `);
  });

  it('fails when an intervention names an unknown actor, and names the closest valid ids', () => {
    expect(report('malformed-reference')).toMatchInlineSnapshot(`
      "Innehållet har 2 fel. Bygget stoppas tills alla är rättade.

      content/insatser/nattvandring.mdx:9 — actor i punkt 1 under responsible: Okänd aktör "stadsdelsnamderna": det finns ingen fil content/aktorer/stadsdelsnamderna.mdx.
        Så rättar du: Närmaste giltiga id: stadsdelsnamnderna, socialnamnden, stadsledningskontoret. Ett id är filnamnet utan ändelse i content/aktorer/.

      content/insatser/nattvandring.mdx:12 — actor i punkt 1 under partners: Okänd aktör "socialnamden": det finns ingen fil content/aktorer/socialnamden.mdx.
        Så rättar du: Närmaste giltiga id: socialnamnden, stadsdelsnamnderna, stadsledningskontoret. Ett id är filnamnet utan ändelse i content/aktorer/.
      "
    `);
  });

  it('rejects a misspelt field name and suggests the right one', () => {
    expect(report('malformed-unknown-field')).toMatchInlineSnapshot(`
      "Innehållet har 1 fel. Bygget stoppas tills det är rättat.

      content/aktorer/socialnamnden.mdx:4 — grupp: Okänt fält "grupp".
        Så rättar du: Menade du "group"? Tillåtna fält här: name, abbreviation, group, partOf, summary, workplaces, professions, contact, updated, changes.
      "
    `);
  });

  it('rejects a date that does not exist, with the expected form', () => {
    expect(report('malformed-date')).toMatchInlineSnapshot(`
      "Innehållet har 1 fel. Bygget stoppas tills det är rättat.

      content/riktlinjer/inledning.mdx:9 — updated: Texten "2024-13-45" är inget giltigt datum.
        Så rättar du: Månad 13 finns inte: månaderna är 01–12. Skriv datum som ÅÅÅÅ-MM-DD med ett datum som finns, t.ex. 2024-04-25.
      "
    `);
  });

  it('rejects a date written day first, and shows it the right way round', () => {
    expect(report('malformed-date-slash')).toMatchInlineSnapshot(`
      "Innehållet har 1 fel. Bygget stoppas tills det är rättat.

      content/aktorer/socialnamnden.mdx:5 — updated: Texten "31/1" är inget giltigt datum.
        Så rättar du: Skriv datum som ÅÅÅÅ-MM-DD, med året först: 31/1 skrivs ÅÅÅÅ-01-31, t.ex. 2024-01-31.
      "
    `);
  });

  it('rejects two guideline sections with the same order number', () => {
    expect(report('malformed-duplicate-order')).toMatchInlineSnapshot(`
      "Innehållet har 1 fel. Bygget stoppas tills det är rättat.

      content/riktlinjer/uppfoljning.mdx:3 — order: Samma ordningsnummer (1) som i content/riktlinjer/inledning.mdx.
        Så rättar du: Ge avsnitten olika nummer.
      "
    `);
  });

  it('reports YAML that cannot be read, with its line', () => {
    expect(report('malformed-yaml')).toMatchInlineSnapshot(`
      "Innehållet har 1 fel. Bygget stoppas tills det är rättat.

      content/dokument/remiss-2024.yaml:3 — Raden går inte att läsa: fältet date står längre in än fältet kind på rad 2.
        Så rättar du: Skriv raden utan mellanslag före date, som kind på rad 2: date: 2024-02-29
      "
    `);
  });

  it('fails on a list item indented deeper than the item above, which YAML would silently join to it', () => {
    expect(report('malformed-yaml-list-indent')).toMatchInlineSnapshot(`
      "Innehållet har 1 fel. Bygget stoppas tills det är rättat.

      content/aktorer/socialnamnden.mdx:7 — Raden går inte att läsa: punkten står inte lika långt in som punkten på rad 6.
        Så rättar du: Skriv raden med 2 mellanslag före bindestrecket, som punkten på rad 6: - enhetschef
      "
    `);
  });

  it('reports every error of one file together: a wrong date, unknown ids and an unclosed tag', () => {
    expect(report('malformed-one-file-many')).toMatchInlineSnapshot(`
      "Innehållet har 4 fel. Bygget stoppas tills alla är rättade.

      content/ansvar/arlig-lagesbild.mdx:9 — actor i punkt 1 under roles: Okänd aktör "stadsdelsnamderna": det finns ingen fil content/aktorer/stadsdelsnamderna.mdx.
        Så rättar du: Närmaste giltiga id: stadsdelsnamnderna, socialnamnden, stadsledningskontoret. Ett id är filnamnet utan ändelse i content/aktorer/.

      content/ansvar/arlig-lagesbild.mdx:12 — punkt 1 under sources: Okänt dokument "remiss-2025": det finns ingen fil content/dokument/remiss-2025.yaml.
        Så rättar du: Närmaste giltiga id: remiss-2024. Ett id är filnamnet utan ändelse i content/dokument/.

      content/ansvar/arlig-lagesbild.mdx:13 — updated: Texten "2024-4-31" är inget giltigt datum.
        Så rättar du: Dag 31 finns inte i april 2024, som har 30 dagar. Skriv datum som ÅÅÅÅ-MM-DD med ett datum som finns, t.ex. 2024-04-25.

      content/ansvar/arlig-lagesbild.mdx:16 — Taggen <Faktaruta> stängs aldrig.
        Så rättar du: Skriv </Faktaruta> där innehållet ska sluta, eller <Faktaruta … /> (med snedstreck före >) om taggen inte har något innehåll.
      "
    `);
  });

  it('reports an MDX syntax error in a file whose frontmatter cannot be read', () => {
    expect(report('malformed-yaml-and-mdx')).toMatchInlineSnapshot(`
      "Innehållet har 2 fel. Bygget stoppas tills alla är rättade.

      content/riktlinjer/uppfoljning.mdx:4 — Raden går inte att läsa: texten innehåller kolon och mellanslag (": "), som läses som början på ett nytt fält.
        Så rättar du: Sätt hela värdet inom citattecken: summary: "Mål: att följa upp arbetet."

      content/riktlinjer/uppfoljning.mdx:28 — Taggen <Faktaruta> stängs aldrig.
        Så rättar du: Skriv </Faktaruta> där innehållet ska sluta, eller <Faktaruta … /> (med snedstreck före >) om taggen inte har något innehåll.
      "
    `);
  });

  it('rejects a file name that cannot be an id, and says what to rename it to', () => {
    expect(report('malformed-file-name')).toMatchInlineSnapshot(`
      "Innehållet har 1 fel. Bygget stoppas tills det är rättat.

      content/aktorer/Socialnämnden.mdx:1 — Filnamnet "Socialnämnden" kan inte användas som id.
        Så rättar du: Byt namn på filen till "socialnamnden" (bara a–z, 0–9 och bindestreck; å och ä blir a, ö blir o).
      "
    `);
  });

  it('fails when an MDX component names an unknown actor, ignoring components shown as code', () => {
    expect(report('malformed-component')).toMatchInlineSnapshot(`
      "Innehållet har 1 fel. Bygget stoppas tills det är rättat.

      content/riktlinjer/uppfoljning.mdx:14 — <Ansvar aktor="socialnamden" />: Okänd aktör "socialnamden".
        Så rättar du: Menade du "socialnamnden"? Giltiga värden (filnamnen utan ändelse i content/aktorer/): socialnamnden, stadsdelsnamnderna, stadsledningskontoret.
      "
    `);
  });

  it('reports every problem of a run together, not only the first', () => {
    const { problems } = checkWith('malformed-enum', 'malformed-date', 'malformed-unknown-field');
    expect(problems.map((p) => `${p.file}:${p.line}`)).toEqual([
      'content/aktorer/socialnamnden.mdx:4',
      'content/insatser/nattvandring.mdx:4',
      'content/riktlinjer/inledning.mdx:9',
    ]);
  });

  it('reports problems of every kind in one run, each with its file and line', () => {
    const { problems } = checkWith(
      'malformed-date',
      'malformed-extension',
      'malformed-email',
      'malformed-phone',
      'malformed-link-page',
      'malformed-personal-number',
    );
    expect(problems.map((p) => `${p.file}:${p.line} ${p.message.split(' ')[0]}`).sort()).toEqual([
      'content/aktorer/socialnamnden.mdx:8 Telefonnummer',
      'content/aktorer/socialnamnden.mdx:8 Telefonnummer',
      'content/dokument/remiss-2024.yaml:5 E-postadress',
      'content/insatser/kontaktperson.md:1 Filen',
      'content/insatser/nattvandring.mdx:18 Personnummer',
      'content/insatser/nattvandring.mdx:20 Samordningsnummer',
      'content/riktlinjer/inledning.mdx:9 Texten',
      'content/riktlinjer/uppfoljning.mdx:10 Länken',
      'content/riktlinjer/uppfoljning.mdx:10 Länken',
    ]);
  });

  it('reports an MDX syntax error together with the frontmatter problems of other files', () => {
    const { problems } = checkWith('malformed-unclosed-tag', 'malformed-enum');
    expect(problems.map((p) => `${p.file}:${p.line}`).sort()).toEqual([
      'content/insatser/nattvandring.mdx:4',
      'content/riktlinjer/uppfoljning.mdx:12',
    ]);
  });
});

describe('field names in messages', () => {
  it('names a field under another field or in a list item in words, counting list items from 1', () => {
    expect([['kind'], ['roles', 1, 'actor'], ['contact', 'email'], ['workplaces', 0], ['a', 0, 'b', 2]].map(fieldName))
      .toMatchInlineSnapshot(`
      [
        "kind",
        "actor i punkt 2 under roles",
        "email under contact",
        "punkt 1 under workplaces",
        "punkt 3 under b i punkt 1 under a",
      ]
    `);
  });
});
