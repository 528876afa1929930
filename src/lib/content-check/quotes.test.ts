import { describe, expect, it } from 'vitest';
import { checkFixtureEntries, checkWith, contentWith, report } from './test-content.ts';

describe('quotes that back every claim', () => {
  it('fails when a quote does not occur word for word in its document, and says where it stops matching', () => {
    expect(report('malformed-quote-not-in-text')).toMatchInlineSnapshot(`
      "Innehållet har 1 fel. Bygget stoppas tills det är rättat.

      content/dokument/remiss-2024.yaml:14 — text i punkt 1 under quotes: Citatet finns inte ordagrant i dokumentets text.
        Så rättar du: Orden stämmer till och med "Stadsdelsnämnderna ska ta fram en", men sedan står "lägesbild" i citatet och något annat i texten. Kopiera stycket ur fältet "text:" i samma fil.
      "
    `);
  });

  it('accepts a quote that differs from the stored text in line breaks and spaces only', () => {
    expect(checkWith('quote-whitespace').problems).toEqual([]);
  });

  it('fails when a role or a <Citat> names a quote that no document has, and names the closest ids', () => {
    expect(report('malformed-quote-unknown')).toMatchInlineSnapshot(`
      "Innehållet har 2 fel. Bygget stoppas tills alla är rättade.

      content/ansvar/arlig-lagesbild.mdx:11 — basis i punkt 1 under roles: Okänt citat "arlig-lagesbid": inget dokument i content/dokument/ har ett citat med det id:t.
        Så rättar du: Närmaste giltiga id: arlig-lagesbild, exempel-nattvandring. Citaten står under "quotes:" i filerna i content/dokument/. Står det inget i källan, ta bort raden: då visar sidan att källan inte säger det.

      content/riktlinjer/uppfoljning.mdx:18 — <Citat id="arlig-lagesbld" />: Okänt citat "arlig-lagesbld".
        Så rättar du: Menade du "arlig-lagesbild"? Giltiga värden (id under quotes: i content/dokument/): arlig-lagesbild, exempel-nattvandring.
      "
    `);
  });

  it('fails when the settings file with the guidelines’ status is missing', () => {
    const entries = contentWith().filter((entry) => entry.collection !== 'installningar');
    expect(checkFixtureEntries(entries).problems.map((problem) => `${problem.file}:${problem.line} ${problem.message}`)).toEqual([
      'content/installningar/webbplats.yaml:1 Filen med webbplatsens inställningar saknas. Den anger bland annat riktlinjernas status.',
    ]);
  });
});
