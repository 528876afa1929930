import { describe, expect, it } from 'vitest';
import { report } from './test-content.ts';

describe('personal data in the content', () => {
  it('fails on a personal identity number and a coordination number, and shows only their dates', () => {
    expect(report('malformed-personal-number')).toMatchInlineSnapshot(`
      "Innehållet har 2 fel. Bygget stoppas tills alla är rättade.

      content/insatser/nattvandring.mdx:18 — Personnummer "811228-****" får inte publiceras.
        Så rättar du: Ta bort numret. Webbplatsen är offentlig och får inte publicera personuppgifter, inte heller om stadens tjänstepersoner. Skriv rollen i stället, t.ex. "samordnaren på stadsledningskontoret", och hänvisa till stadens kontaktcenter eller en funktionsadress.

      content/insatser/nattvandring.mdx:20 — Samordningsnummer "701063-****" får inte publiceras.
        Så rättar du: Ta bort numret. Webbplatsen är offentlig och får inte publicera personuppgifter, inte heller om stadens tjänstepersoner. Skriv rollen i stället, t.ex. "samordnaren på stadsledningskontoret", och hänvisa till stadens kontaktcenter eller en funktionsadress.
      "
    `);
  });

  it('fails on phone numbers and says why personal data may not be published', () => {
    expect(report('malformed-phone')).toMatchInlineSnapshot(`
      "Innehållet har 2 fel. Bygget stoppas tills alla är rättade.

      content/aktorer/socialnamnden.mdx:8 — Telefonnummer "070-123 45 67" får inte publiceras.
        Så rättar du: Ta bort numret. Webbplatsen är offentlig och får inte publicera personuppgifter, inte heller om stadens tjänstepersoner. Skriv rollen i stället, t.ex. "samordnaren på stadsledningskontoret", och hänvisa till stadens kontaktcenter eller en funktionsadress. Är det ett nummer till en funktion, t.ex. en växel eller en stödlinje, kan det läggas till i functionalPhoneNumbers i src/content-rules.ts.

      content/aktorer/socialnamnden.mdx:8 — Telefonnummer "08-123 45 67" får inte publiceras.
        Så rättar du: Ta bort numret. Webbplatsen är offentlig och får inte publicera personuppgifter, inte heller om stadens tjänstepersoner. Skriv rollen i stället, t.ex. "samordnaren på stadsledningskontoret", och hänvisa till stadens kontaktcenter eller en funktionsadress. Är det ett nummer till en funktion, t.ex. en växel eller en stödlinje, kan det läggas till i functionalPhoneNumbers i src/content-rules.ts.
      "
    `);
  });

  it('fails on a personal e-mail address, also in a YAML file', () => {
    expect(report('malformed-email')).toMatchInlineSnapshot(`
      "Innehållet har 1 fel. Bygget stoppas tills det är rättat.

      content/dokument/remiss-2024.yaml:5 — E-postadress "anna.svensson@stockholm.se" får inte publiceras.
        Så rättar du: Ta bort adressen. Webbplatsen är offentlig och får inte publicera personuppgifter, inte heller om stadens tjänstepersoner. Skriv rollen i stället, t.ex. "samordnaren på stadsledningskontoret", och hänvisa till stadens kontaktcenter eller en funktionsadress. Är det en funktionsadress kan den läggas till i functionalEmails i src/content-rules.ts.
      "
    `);
  });
});
