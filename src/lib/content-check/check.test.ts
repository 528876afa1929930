import { describe, expect, it } from 'vitest';
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

      content/insatser/nattvandring.mdx:2 — kind: Fältet saknas.
        Så rättar du: Lägg till "kind:" med ett av de tillåtna värdena: forebyggande, riktad.
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

      content/insatser/nattvandring.mdx:9 — responsible[0].actor: Okänd aktör "stadsdelsnamderna": det finns ingen fil content/aktorer/stadsdelsnamderna.*.
        Så rättar du: Närmaste giltiga id: stadsdelsnamnderna, socialnamnden, stadsledningskontoret. Ett id är filnamnet utan ändelse i content/aktorer/.

      content/insatser/nattvandring.mdx:12 — partners[0].actor: Okänd aktör "socialnamden": det finns ingen fil content/aktorer/socialnamden.*.
        Så rättar du: Närmaste giltiga id: socialnamnden, stadsdelsnamnderna, stadsledningskontoret. Ett id är filnamnet utan ändelse i content/aktorer/.
      "
    `);
  });

  it('rejects a misspelt field name and suggests the right one', () => {
    expect(report('malformed-unknown-field')).toMatchInlineSnapshot(`
      "Innehållet har 1 fel. Bygget stoppas tills det är rättat.

      content/aktorer/socialnamnden.mdx:4 — grupp: Okänt fält "grupp".
        Så rättar du: Menade du "group"? Tillåtna fält här: name, abbreviation, group, partOf, summary, workplaces, professions, contact, updated.
      "
    `);
  });

  it('rejects a date that does not exist, with the expected form', () => {
    expect(report('malformed-date')).toMatchInlineSnapshot(`
      "Innehållet har 1 fel. Bygget stoppas tills det är rättat.

      content/riktlinjer/inledning.mdx:9 — updated: Texten "2024-13-45" är inget giltigt datum.
        Så rättar du: Skriv datum som ÅÅÅÅ-MM-DD med ett datum som finns, t.ex. 2024-04-25.
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

      content/dokument/remiss-2024.yaml:2 — Raden går inte att läsa: indraget stämmer inte med raderna runt omkring.
        Så rättar du: Varje fält skrivs "namn: värde" i början av raden. Sätt citattecken runt text som innehåller kolon eller #, och stäng dem.
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

  it('reports an MDX syntax error together with the frontmatter problems of the same file', () => {
    const { problems } = checkWith('malformed-unclosed-tag', 'malformed-enum');
    expect(problems.map((p) => `${p.file}:${p.line}`).sort()).toEqual([
      'content/insatser/nattvandring.mdx:4',
      'content/riktlinjer/uppfoljning.mdx:12',
    ]);
  });
});
