import { describe, expect, it } from 'vitest';
import { report } from './test-content.ts';

describe('content files', () => {
  it('fails when a file has an extension its collection does not read, which the build would skip without a word', () => {
    expect(report('malformed-extension')).toMatchInlineSnapshot(`
      "Innehållet har 1 fel. Bygget stoppas tills det är rättat.

      content/insatser/kontaktperson.md:1 — Filen läses inte av bygget: insatser skrivs i .mdx-filer.
        Så rättar du: Byt namn på filen till kontaktperson.mdx.
      "
    `);
  });

  it('fails when two files differ only in upper and lower case, and so get the same id', () => {
    expect(report('malformed-duplicate-id')).toMatchInlineSnapshot(`
      "Innehållet har 1 fel. Bygget stoppas tills det är rättat.

      content/insatser/Nattvandring.mdx:1 — Filen får samma id som content/insatser/nattvandring.mdx.
        Så rättar du: Två filer i samma mapp får inte skilja sig bara i stora och små bokstäver. Slå ihop dem eller byt namn på den ena.
      "
    `);
  });

  it('fails when a page in content/sidor/ would take the address of one of the site’s own pages', () => {
    expect(report('malformed-route')).toMatchInlineSnapshot(`
      "Innehållet har 1 fel. Bygget stoppas tills det är rättat.

      content/sidor/ordlista.mdx:1 — Sidan skulle få adressen /ordlista/, men /ordlista/ används redan av webbplatsen.
        Så rättar du: Byt namn på filen, t.ex. till "om-ordlista".
      "
    `);
  });
});
