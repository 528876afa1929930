import { describe, expect, it } from 'vitest';
import { parseMdx } from '../content-source/mdx-tree.ts';
import { headingAnchors } from '../content-source/site-map.ts';
import { report } from './test-content.ts';

describe('links in MDX', () => {
  it('fails on a link to a page that does not exist, and suggests the nearest page', () => {
    expect(report('malformed-link-page')).toMatchInlineSnapshot(`
      "Innehållet har 2 fel. Bygget stoppas tills alla är rättade.

      content/riktlinjer/uppfoljning.mdx:10 — Länken "/insatser/nattvandrng/" leder till en sida som inte finns.
        Så rättar du: Menade du "/insatser/nattvandring/"? Länka inom webbplatsen med sökvägen från roten och snedstreck sist, t.ex. /insatser/nattvandring/ eller /ordlista/#lagesbild.

      content/riktlinjer/uppfoljning.mdx:10 — Länken "/aktorer/socialnamnden" leder till en sida som inte finns.
        Så rättar du: Menade du "/aktorer/socialnamnden/"? Länka inom webbplatsen med sökvägen från roten och snedstreck sist, t.ex. /insatser/nattvandring/ eller /ordlista/#lagesbild.
      "
    `);
  });

  it('fails on a link to an anchor that does not exist on another page', () => {
    expect(report('malformed-link-anchor')).toMatchInlineSnapshot(`
      "Innehållet har 2 fel. Bygget stoppas tills alla är rättade.

      content/riktlinjer/uppfoljning.mdx:10 — Länken "/ordlista/#lagesbil" leder till ankaret #lagesbil, som inte finns på sidan /ordlista/.
        Så rättar du: Menade du "/ordlista/#lagesbild"? Ett begrepps ankare är filnamnet utan ändelse i content/ordlista/.

      content/riktlinjer/uppfoljning.mdx:10 — Länken "/riktlinjer/inledning/#malet" leder till ankaret #malet, som inte finns på sidan /riktlinjer/inledning/.
        Så rättar du: En rubrik får sitt ankare av rubriktexten med små bokstäver och bindestreck i stället för mellanslag: "## Vem gör vad" blir #vem-gör-vad.
      "
    `);
  });

  it('fails on a link to an anchor that does not exist on the same page', () => {
    expect(report('malformed-link-same-page')).toMatchInlineSnapshot(`
      "Innehållet har 1 fel. Bygget stoppas tills det är rättat.

      content/riktlinjer/uppfoljning.mdx:12 — Länken "#sa-foljs-arbetet-upp" leder till ankaret #sa-foljs-arbetet-upp, som inte finns på samma sida.
        Så rättar du: Menade du "#så-följs-arbetet-upp"? En rubrik får sitt ankare av rubriktexten med små bokstäver och bindestreck i stället för mellanslag: "## Vem gör vad" blir #vem-gör-vad.
      "
    `);
  });

  it('fails on a relative link, which leads somewhere else on every page', () => {
    expect(report('malformed-link-relative')).toMatchInlineSnapshot(`
      "Innehållet har 1 fel. Bygget stoppas tills det är rättat.

      content/riktlinjer/uppfoljning.mdx:10 — Länken "inledning/" saknar snedstreck först, så den leder till olika platser beroende på vilken sida texten visas på.
        Så rättar du: Länka inom webbplatsen med sökvägen från roten och snedstreck sist, t.ex. /insatser/nattvandring/ eller /ordlista/#lagesbild.
      "
    `);
  });

  it('gives headings the anchors Astro gives them: lower case, å/ä/ö kept, repeats numbered', () => {
    const { tree } = parseMdx('## Vem gör vad?\n\n### Vem gör vad?\n\n## Mål och `budget`\n');
    expect(headingAnchors(tree)).toEqual(['vem-gör-vad', 'vem-gör-vad-1', 'mål-och-budget']);
  });
});
