import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IndexedCopies, separateElements } from './search-index.ts';

describe('the indexed copy of a page', () => {
  it('separates adjacent elements, so their words do not run together', () => {
    expect(separateElements('<a>Socialnämnden</a><span>ansvarar</span>')).toBe('<a>Socialnämnden</a> <span>ansvarar</span>');
  });

  it('puts a semicolon between the cells of a row and a full stop after the last', () => {
    const row = '<tr><th>Vad</th><th>Vem</th></tr><tr><td>Lägesbild</td><td>Varje stadsdelsnämnd</td>\n</tr>';
    expect(separateElements(row)).toBe(
      '<tr> <th>Vad;</th> <th>Vem.</th></tr> <tr> <td>Lägesbild;</td> <td>Varje stadsdelsnämnd.</td>\n</tr>',
    );
  });

  it('adds no second mark after a cell that ends in one, and a colon after a term', () => {
    expect(separateElements('<tr><td>Varje år.</td><td>Klart?</td></tr>')).toBe('<tr> <td>Varje år.</td> <td>Klart?</td></tr>');
    expect(separateElements('<dl><dt>Hur ofta</dt><dd>årligen</dd></dl>')).toBe('<dl> <dt>Hur ofta:</dt> <dd>årligen.</dd></dl>');
  });
});

describe('the copies Pagefind indexes', () => {
  let build: string;
  let copies: IndexedCopies;
  afterEach(() => {
    rmSync(build, { recursive: true, force: true });
    copies.remove();
  });

  const indexed = (text: string) =>
    `<html lang="sv"><body><main data-pagefind-body><p>${text}</p><a>Läs</a><a>mer</a></main></body></html>`;
  const page = (file: string, html: string, age = 10_000) => {
    mkdirSync(path.dirname(path.join(build, file)), { recursive: true });
    writeFileSync(path.join(build, file), html);
    utimesSync(path.join(build, file), new Date(), new Date(Date.now() - age));
  };
  const copy = (file: string) => path.join(copies.folder, file);

  it('are prepared at the pages’ paths, and only for pages Pagefind indexes', () => {
    build = mkdtempSync(path.join(tmpdir(), 'indexed-'));
    copies = new IndexedCopies();
    page('insatser/nattvandring/index.html', indexed('Nattvandring'));
    page('sok/index.html', '<html lang="sv"><body><main><p>Sök</p></main></body></html>');
    copies.update(build);
    expect(readFileSync(copy('insatser/nattvandring/index.html'), 'utf8')).toBe(separateElements(indexed('Nattvandring')));
    expect(existsSync(copy('sok/index.html'))).toBe(false);
  });

  it('follow the pages as they are written: settled pages first, the rest and the changed ones later', () => {
    build = mkdtempSync(path.join(tmpdir(), 'indexed-'));
    copies = new IndexedCopies();
    page('a/index.html', indexed('Första'));
    page('b/index.html', indexed('Skrivs just nu'), 0);
    copies.update(build, Date.now() - 5_000);
    expect(existsSync(copy('a/index.html'))).toBe(true);
    expect(existsSync(copy('b/index.html'))).toBe(false);
    // Written again later: a changed page, and one that Pagefind no longer indexes.
    page('a/index.html', indexed('Ändrad'), -60_000);
    page('b/index.html', '<main><p>Utan sökning</p></main>', -60_000);
    copies.update(build);
    expect(readFileSync(copy('a/index.html'), 'utf8')).toContain('Ändrad');
    expect(existsSync(copy('b/index.html'))).toBe(false);
  });
});
