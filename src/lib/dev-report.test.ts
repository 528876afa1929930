import { describe, expect, it } from 'vitest';
import { problemText } from '../i18n/problems.ts';
import type { ContentProblem } from './content-check/index.ts';
import { devReportPage } from './dev-report.ts';

const kind: ContentProblem = {
  file: 'content/insatser/nattvandring.mdx',
  line: 4,
  field: 'kind',
  message: 'Värdet "forebygande" är inte tillåtet.',
  fix: 'Skriv ett av de tillåtna värdena: forebyggande, riktad.',
};
const tag: ContentProblem = {
  file: 'content/riktlinjer/lagesbild-och-planer.mdx',
  line: 32,
  message: 'Taggen <Faktaruta> stängs aldrig.',
  fix: 'Skriv </Faktaruta> där innehållet ska sluta.',
};

describe('devReportPage', () => {
  it('is a Swedish page that lists every problem with file and line, message and fix, in file order', () => {
    expect(devReportPage([tag, kind], '/@vite/client')).toMatchInlineSnapshot(`
      "<!doctype html>
      <html lang="sv">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>Innehållet har fel</title>
      <script type="module" src="/@vite/client"></script>
      </head>
      <body>
      <main>
      <h1>Innehållet har fel</h1>
      <p>Rätta de 2 felen nedan och spara filerna, så visas webbplatsen igen. Den här sidan laddas om av sig själv.</p>
      <ol>
      <li>
      <p><code>content/insatser/nattvandring.mdx:4</code> — kind: Värdet &#34;forebygande&#34; är inte tillåtet.</p>
      <p><strong>Så rättar du:</strong> Skriv ett av de tillåtna värdena: forebyggande, riktad.</p>
      </li>
      <li>
      <p><code>content/riktlinjer/lagesbild-och-planer.mdx:32</code> — Taggen &#60;Faktaruta&#62; stängs aldrig.</p>
      <p><strong>Så rättar du:</strong> Skriv &#60;/Faktaruta&#62; där innehållet ska sluta.</p>
      </li>
      </ol>
      </main>
      </body>
      </html>
      "
    `);
  });

  it('speaks of one problem in the singular', () => {
    expect(devReportPage([kind], '/@vite/client')).toContain(`<p>${problemText('dev.intro.one')}</p>`);
  });

  it('escapes markup in every value, so a file can never inject HTML into the page', () => {
    const hostile = '<img src=x onerror="alert(1)"> & \'';
    const page = devReportPage([{ file: hostile, line: 1, field: hostile, message: hostile, fix: hostile }], `/"><script>`);
    expect(page).not.toContain('<img');
    expect(page).not.toContain('"><script>');
    expect(page.match(/&#60;img src=x onerror=&#34;alert\(1\)&#34;&#62; &#38; &#39;/g)).toHaveLength(4);
  });
});
