import { describe, expect, it } from 'vitest';
import { parseMdx } from '../content-source/mdx-tree.ts';
import { explainSyntaxError } from './mdx-syntax.ts';
import { report } from './test-content.ts';

describe('MDX syntax', () => {
  it('fails on a tag that is never closed, at the line of the opening tag', () => {
    expect(report('malformed-unclosed-tag')).toMatchInlineSnapshot(`
      "Innehållet har 1 fel. Bygget stoppas tills det är rättat.

      content/riktlinjer/uppfoljning.mdx:12 — Taggen <Faktaruta> stängs aldrig.
        Så rättar du: Skriv </Faktaruta> där innehållet ska sluta, eller <Faktaruta … /> (med snedstreck före >) om taggen inte har något innehåll.
      "
    `);
  });

  it('names the right closing tag when the closing tag is misspelt', () => {
    expect(report('malformed-closing-tag')).toMatchInlineSnapshot(`
      "Innehållet har 1 fel. Bygget stoppas tills det är rättat.

      content/riktlinjer/uppfoljning.mdx:32 — Sluttaggen </Faktaurta> är felstavad: skriv </Faktaruta>.
        Så rättar du: Rätta stavningen, så att sluttaggen stänger <Faktaruta> på rad 28.
      "
    `);
  });

  it('fails on a < that MDX reads as the start of a tag', () => {
    expect(report('malformed-less-than')).toMatchInlineSnapshot(`
      "Innehållet har 1 fel. Bygget stoppas tills det är rättat.

      content/riktlinjer/uppfoljning.mdx:10 — Tecknet < läses som början på en tagg.
        Så rättar du: Skriv ut ordet i stället (t.ex. "under 18 år"), eller skriv \\< om tecknet ska synas.
      "
    `);
  });

  it('explains each syntax error editors make in Swedish, at its line', () => {
    const explain = (text: string) => {
      const { error } = parseMdx(text);
      return error ? `${error.line}: ${explainSyntaxError(error).message}` : 'inget fel';
    };
    expect({
      mismatch: explain('<Faktaruta>\n\nText\n\n</Ansvar>\n'),
      misspeltClosing: explain('<Faktaruta>\n\nText\n\n</faktaruta>\n'),
      misspeltOpening: explain('<Faktarta>\n\nText\n\n</Faktaruta>\n'),
      crossedHtml: explain('<b><i>Text</b></i>\n'),
      acrossParagraphs: explain('Ett <Begrepp term="lagesbild">ord\n\nsom fortsätter</Begrepp>\n'),
      htmlComment: explain('Text\n\n<!-- kommentar -->\n'),
      angleBracketAddress: explain('Se <https://start.stockholm/>.\n'),
      curlyBraces: explain('Skriv {hej då} här.\n'),
      unclosedQuote: explain('<Ansvar aktor="socialnamnden />\n'),
      strayClosingTag: explain('Text\n\n</Faktaruta>\n'),
    }).toMatchInlineSnapshot(`
      {
        "acrossParagraphs": "1: Taggen <Begrepp> stängs inte i samma stycke som den öppnas.",
        "angleBracketAddress": "1: En adress inom < > läses som en tagg i MDX.",
        "crossedHtml": "1: Sluttaggen </b> passar inte ihop med <i> på rad 1.",
        "curlyBraces": "1: Klammerparenteser { } läses som kod i MDX.",
        "htmlComment": "3: HTML-kommentarer (<!-- … -->) fungerar inte i MDX.",
        "mismatch": "5: Sluttaggen </Ansvar> passar inte ihop med <Faktaruta> på rad 1.",
        "misspeltClosing": "5: Sluttaggen </faktaruta> är felstavad: skriv </Faktaruta>.",
        "misspeltOpening": "5: Taggen <Faktarta> på rad 1 är felstavad: skriv <Faktaruta>.",
        "strayClosingTag": "3: En sluttagg (</…>) saknar sin inledande tagg.",
        "unclosedQuote": "2: Ett citattecken i en tagg stängs aldrig.",
      }
    `);
  });
});

describe('editor components in MDX', () => {
  it('fails when <Insatser> names a kind that does not exist', () => {
    expect(report('malformed-component-kind')).toMatchInlineSnapshot(`
      "Innehållet har 1 fel. Bygget stoppas tills det är rättat.

      content/riktlinjer/uppfoljning.mdx:12 — <Insatser typ="forebygande" />: Okänt slag av insats "forebygande".
        Så rättar du: Menade du "forebyggande"? Giltiga värden (fältet kind för insatser i Fältreferensen på /om/redigera/): forebyggande, riktad.
      "
    `);
  });

  it('fails when <Begrepp> names a term that is not in the glossary', () => {
    expect(report('malformed-component-term')).toMatchInlineSnapshot(`
      "Innehållet har 1 fel. Bygget stoppas tills det är rättat.

      content/riktlinjer/uppfoljning.mdx:10 — <Begrepp term="lägesbild" />: Okänt begrepp "lägesbild".
        Så rättar du: Menade du "lagesbild"? Giltiga värden (filnamnen utan ändelse i content/ordlista/): lagesbild.
      "
    `);
  });

  it('fails on a capitalised tag that is not one of the components in src/components/mdx/', () => {
    expect(report('malformed-component-unknown')).toMatchInlineSnapshot(`
      "Innehållet har 1 fel. Bygget stoppas tills det är rättat.

      content/riktlinjer/uppfoljning.mdx:10 — <Faktarutan rubrik="Bra att veta">: Okänd komponent <Faktarutan>.
        Så rättar du: Menade du <Faktaruta>? Komponenter du kan använda: Ansvar, Begrepp, Citat, Faktaruta, Faltreferens, Forklaring, Insatser, Kontaktvagar (se "Komponenter i texten" på /om/redigera/).
      "
    `);
  });

  it('fails on a misspelt prop and on a required prop that is missing', () => {
    expect(report('malformed-component-prop')).toMatchInlineSnapshot(`
      "Innehållet har 2 fel. Bygget stoppas tills alla är rättade.

      content/riktlinjer/uppfoljning.mdx:12 — <Ansvar actor="socialnamnden" />: <Ansvar> har ingen egenskap som heter actor.
        Så rättar du: Menade du aktor? <Ansvar> tar aktor="…".

      content/riktlinjer/uppfoljning.mdx:14 — <Begrepp>: Egenskapen term saknas.
        Så rättar du: Skriv till exempel <Begrepp term="lagesbild" />. Giltiga värden (filnamnen utan ändelse i content/ordlista/): lagesbild.
      "
    `);
  });

  it('fails when text is written inside a component that does not show it', () => {
    expect(report('malformed-component-children')).toMatchInlineSnapshot(`
      "Innehållet har 1 fel. Bygget stoppas tills det är rättat.

      content/riktlinjer/uppfoljning.mdx:10 — <Ansvar aktor="socialnamnden">: Texten inuti <Ansvar> visas inte på sidan.
        Så rättar du: Skriv komponenten som en ensam tagg, <Ansvar … />, och skriv texten före eller efter den.
      "
    `);
  });

  it('fails on an import, which editors’ components never need', () => {
    expect(report('malformed-import')).toMatchInlineSnapshot(`
      "Innehållet har 1 fel. Bygget stoppas tills det är rättat.

      content/riktlinjer/uppfoljning.mdx:10 — Raden importerar eller exporterar kod, och det behövs inte i innehållet.
        Så rättar du: Ta bort raden. Komponenter du kan använda: Ansvar, Begrepp, Citat, Faktaruta, Faltreferens, Forklaring, Insatser, Kontaktvagar (se "Komponenter i texten" på /om/redigera/).
      "
    `);
  });
});

describe('images in MDX', () => {
  it('fails on an image without alternative text', () => {
    expect(report('malformed-image-alt')).toMatchInlineSnapshot(`
      "Innehållet har 2 fel. Bygget stoppas tills alla är rättade.

      content/riktlinjer/uppfoljning.mdx:10 — Bilden "/bilder/uppfoljning.svg" saknar alternativtext.
        Så rättar du: Skriv vad bilden visar inom hakparenteserna: ![Karta över stadsdelarna](/bilder/uppfoljning.svg). Alternativtexten läses upp för den som inte ser bilden och visas om bilden inte laddas.

      content/riktlinjer/uppfoljning.mdx:12 — <img> saknar alt.
        Så rättar du: Lägg till alt="…" med vad bilden visar, eller alt="" om bilden bara är dekoration. Alternativtexten läses upp för den som inte ser bilden och visas om bilden inte laddas.
      "
    `);
  });

  it('tells an editor who wrote a component in lower case to write it with a capital', () => {
    expect(report('malformed-component-case')).toMatchInlineSnapshot(`
      "Innehållet har 1 fel. Bygget stoppas tills det är rättat.

      content/riktlinjer/uppfoljning.mdx:10 — <faktaruta> skrivs med stor bokstav först: <Faktaruta>.
        Så rättar du: Skriv <Faktaruta> och </Faktaruta>. Med liten bokstav läses taggen som HTML och rutan visas inte.
      "
    `);
  });

  it('fails on an image path written from the project folder instead of from the site root', () => {
    expect(report('malformed-image-path')).toMatchInlineSnapshot(`
      "Innehållet har 1 fel. Bygget stoppas tills det är rättat.

      content/riktlinjer/uppfoljning.mdx:10 — Bildens sökväg "public/bilder/uppfoljning.svg" börjar inte med /.
        Så rättar du: Skriv sökvägen från webbplatsens rot, utan public/: ![Vad bilden visar](/bilder/uppfoljning.svg). Bildfilen ligger i mappen public/, i det här fallet public/bilder/uppfoljning.svg.
      "
    `);
  });

  it('fails on an image that is not in public/', () => {
    expect(report('malformed-image-missing')).toMatchInlineSnapshot(`
      "Innehållet har 1 fel. Bygget stoppas tills det är rättat.

      content/riktlinjer/uppfoljning.mdx:10 — Bilden "/bilder/uppfoljningen.svg" finns inte.
        Så rättar du: Menade du "/bilder/uppfoljning.svg"? Lägg bildfilen i public/, så att /bilder/karta.svg är filen public/bilder/karta.svg.
      "
    `);
  });
});
