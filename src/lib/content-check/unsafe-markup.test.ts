import { describe, expect, it } from 'vitest';
import { checkWith, report } from './test-content.ts';

describe('editors cannot put code on the site', () => {
  it('fails on script, iframe, event handlers, javascript: and data: addresses, expressions and inline styles, each at its line', () => {
    expect(report('malformed-unsafe-markup')).toMatchInlineSnapshot(`
      "Innehållet har 7 fel. Bygget stoppas tills alla är rättade.

      content/riktlinjer/uppfoljning.mdx:18 — HTML-elementet <script> får inte finnas i innehållet.
        Så rättar du: Ta bort taggen. Webbplatsen visar bara text från innehållet. Använd Markdown eller komponenterna i redaktörsguiden (/om/redigera/).

      content/riktlinjer/uppfoljning.mdx:20 — HTML-elementet <iframe> får inte finnas i innehållet.
        Så rättar du: Ta bort taggen. Webbplatsen visar bara text från innehållet. Använd Markdown eller komponenterna i redaktörsguiden (/om/redigera/).

      content/riktlinjer/uppfoljning.mdx:22 — <a> har en adress som börjar med javascript:, som kan köra kod.
        Så rättar du: Länka till en sida med https:// eller en sökväg på webbplatsen, t.ex. /ordlista/.

      content/riktlinjer/uppfoljning.mdx:22 — <a> har egenskapen onclick, som kör kod.
        Så rättar du: Ta bort onclick. Webbplatsen visar bara text från innehållet. Använd Markdown eller komponenterna i redaktörsguiden (/om/redigera/).

      content/riktlinjer/uppfoljning.mdx:22 — Länken eller bilden har en adress som börjar med data:, som kan köra kod.
        Så rättar du: Länka till en sida med https:// eller en sökväg på webbplatsen, t.ex. /ordlista/.

      content/riktlinjer/uppfoljning.mdx:24 — Text inom klammerparenteser { } körs som kod när webbplatsen byggs.
        Så rättar du: Menar du tecknet, skriv \\{ och \\}. Annars: ta bort klammerparenteserna.

      content/riktlinjer/uppfoljning.mdx:26 — <span> har egenskapen style, som webbplatsens säkerhetsregler stoppar.
        Så rättar du: Ta bort style. Utseendet kommer från webbplatsens stilmall.
      "
    `);
  });

  it('reads a file saved with a byte order mark and CRLF line ends as if it were saved cleanly', () => {
    expect(checkWith('windows-saved').problems).toEqual([]);
    expect(checkWith('windows-saved').valid.find((entry) => entry.source.id === 'nattvandring')?.data.title).toBe('Nattvandring');
  });
});
