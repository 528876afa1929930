import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { functionalEmails, functionalPhoneNumbers } from '../src/content-rules.ts';
import { readContent } from '../src/lib/content-source/source.ts';
import { indexedPages } from '../src/lib/search/fragments.ts';
import { t } from '../src/i18n/index.ts';
import { paths } from '../src/lib/paths.ts';
import type { Role } from '../src/schemas.ts';
import { htmlPages, pagePath, root } from './support/build.ts';
import { OFFICIALS_SURNAMES, hashedNamesIn } from './support/hashed-names.ts';

const siteDir = inject('siteDir');
const pages = htmlPages(siteDir);
const html = (file: string) => readFileSync(path.join(siteDir, file), 'utf8');

/**
 * Pages with a script of their own besides the header's search field: the
 * search page, the catalogue's instant filters and the actor chooser. Every
 * other page loads exactly what a plain reading page loads. Scripts are told
 * apart by the pages that load them, not by the names Astro gives their files.
 */
const OWN_SCRIPT_PAGES = ['sok/index.html', 'insatser/index.html', 'mitt-ansvar/index.html'];
/** A plain reading page, whose scripts every page shares. */
const PLAIN_PAGE = 'tillganglighet/index.html';

/** The `src` of every script a page loads. */
const scriptSources = (file: string) =>
  parse(html(file))
    .querySelectorAll('script')
    .map((script) => script.getAttribute('src') ?? '');

/** The page each collection entry must have. */
const expectedPage: Partial<Record<string, (id: string) => string>> = {
  riktlinjer: paths.section,
  aktorer: paths.actor,
  ansvar: paths.duty,
  insatser: paths.intervention,
  sidor: (id) => `/${id}/`,
};

/**
 * Pages search leaves out, each with the reason: they list or repeat what
 * other pages say. Every other page must be in the index.
 */
const NOT_INDEXED: { pattern: RegExp; reason: string }[] = [
  { pattern: /^\/$/, reason: 'the start page only links to the parts of the site' },
  { pattern: /^\/riktlinjer\/$/, reason: 'the table of contents lists the sections' },
  { pattern: /^\/riktlinjer\/hela\/$/, reason: 'the whole guidelines repeat the sections, which are indexed one by one' },
  {
    pattern: /^\/insatser\/(slag|malgrupp|ansvarig|partner)\/[^/]+\/$/,
    reason: 'a facet page lists interventions that are indexed themselves',
  },
  {
    pattern: /^\/andringar\/([^/]+\/)?$/,
    reason: 'the latest changes, for all and for each actor, repeat the change notes of pages that are indexed themselves',
  },
  { pattern: /^\/sok\/$/, reason: 'the search page has no content of its own' },
  { pattern: /^\/404\.html$|^\/404\/$/, reason: 'the error page' },
];

describe('the built site', () => {
  it('indexes every page with reading content for search, and leaves out only the list pages named above', () => {
    const indexed = new Set(indexedPages(path.join(siteDir, 'pagefind')).map((page) => page.url));
    const expected = pages.map(pagePath).filter((page) => !NOT_INDEXED.some(({ pattern }) => pattern.test(page)));
    expect(expected.filter((page) => !indexed.has(page))).toEqual([]);
    expect([...indexed].filter((page) => !expected.includes(page))).toEqual([]);
    for (const { pattern } of NOT_INDEXED.slice(0, -1)) expect(pages.map(pagePath).some((page) => pattern.test(page))).toBe(true);
  });

  it('indexes no page furniture, and separates table cells and terms so that excerpts read as sentences', () => {
    const indexed = indexedPages(path.join(siteDir, 'pagefind'));
    const furniture = [
      /Avsnitt \d+ av \d+/,
      new RegExp(t('duty.caption')),
      new RegExp(`${t('basis.quoteLink')}\\.? `),
      /Ur Tjänsteutlåtande/,
    ];
    for (const { url, content } of indexed) for (const pattern of furniture) expect(`${url}: ${content}`).not.toMatch(pattern);
    const section = indexed.find((page) => page.url === paths.section('lagesbild-och-planer'))!;
    expect(section.content).toContain('Vad; Vem; Hur ofta; Koppling.');
    const duty = indexed.find((page) => page.url === paths.duty('arlig-lagesbild'))!;
    expect(duty.content).toMatch(/Hur ofta: årligen\./);
  });

  it('repeats no abbreviation in a heading: "Center mot våldsbejakande extremism (CVE)", not "… (CVE) (CVE)"', () => {
    const repeated = pages.flatMap((file) =>
      parse(html(file))
        .querySelectorAll('h1, h2, h3')
        .map((heading) => heading.textContent.replace(/\s+/g, ' ').trim())
        .filter((text) => /(\([^)]+\)).*\1/.test(text))
        .map((text) => `${file}: ${text}`),
    );
    expect(repeated).toEqual([]);
  });

  it('has a page for every guideline section, actor, duty, intervention and site page', () => {
    const built = new Set(pages.map(pagePath));
    const missing = readContent(root)
      .filter((entry) => expectedPage[entry.collection])
      .map((entry) => expectedPage[entry.collection]!(entry.id))
      .filter((page) => !built.has(page));
    expect(missing).toEqual([]);
    expect(pages.length).toBeGreaterThan(60);
  });

  it('ships Pagefind’s search runtime and index but none of its ready-made interfaces, which the site does not use', () => {
    const shipped = readdirSync(path.join(siteDir, 'pagefind'));
    expect(shipped).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-entry.json']));
    const unused = [
      'pagefind-ui.js',
      'pagefind-ui.css',
      'pagefind-modular-ui.js',
      'pagefind-modular-ui.css',
      'pagefind-component-ui.js',
      'pagefind-highlight.js',
    ];
    expect(shipped.filter((name) => unused.some((file) => name.startsWith(file)))).toEqual([]);
  });

  it('gives every glossary term and document an anchor on its page', () => {
    const glossary = parse(html('ordlista/index.html'));
    const documents = parse(html('dokument/index.html'));
    const content = readContent(root);
    const missing = [
      ...content.filter((entry) => entry.collection === 'ordlista' && !glossary.getElementById(entry.id)),
      ...content.filter((entry) => entry.collection === 'dokument' && !documents.getElementById(entry.id)),
    ].map((entry) => entry.file);
    expect(content.filter((entry) => entry.collection === 'ordlista' || entry.collection === 'dokument').length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });

  it.each(pages)('%s is Swedish, has one h1, a skip link first and the main landmark', (file) => {
    const document = parse(html(file));
    expect(document.querySelector('html')?.getAttribute('lang')).toBe('sv');
    expect(document.querySelectorAll('h1')).toHaveLength(1);
    const firstLink = document.querySelector('body a');
    expect(firstLink?.getAttribute('href')).toBe('#main-content');
    expect(document.querySelectorAll('main#main-content')).toHaveLength(1);
  });

  it.each(pages)('%s loads only external module scripts from the site itself, and has no inline style or event handler', (file) => {
    const document = parse(html(file));
    for (const script of document.querySelectorAll('script')) {
      expect(script.getAttribute('type')).toBe('module');
      expect(script.getAttribute('src')).toMatch(/^\/_astro\/[\w.-]+\.js$/);
      expect(script.textContent.trim()).toBe('');
    }
    expect(document.querySelectorAll('style')).toHaveLength(0);
    const inline = document.querySelectorAll('*').flatMap((element) =>
      Object.keys(element.attributes)
        .filter((name) => name === 'style' || /^on/i.test(name))
        .map((name) => `<${element.tagName.toLowerCase()} ${name}>`),
    );
    expect(inline).toEqual([]);
  });

  it('loads one small script on a plain reading page: the header’s search field', () => {
    expect(scriptSources(PLAIN_PAGE)).toHaveLength(1);
  });

  it.each(pages.filter((file) => !OWN_SCRIPT_PAGES.includes(file)))('%s loads no script beyond the header’s search field', (file) => {
    expect(scriptSources(file)).toEqual(scriptSources(PLAIN_PAGE));
  });

  it('gives the search page, the catalogue and the actor chooser one script each of their own, loaded nowhere else', () => {
    const shared = scriptSources(PLAIN_PAGE);
    const own = OWN_SCRIPT_PAGES.map((file) => scriptSources(file).filter((src) => !shared.includes(src)));
    expect(own.map((scripts) => scripts.length)).toEqual([1, 1, 1]);
    expect(new Set(own.flat()).size).toBe(3);
    expect(pages.filter((file) => !OWN_SCRIPT_PAGES.includes(file) && scriptSources(file).some((src) => own.flat().includes(src)))).toEqual(
      [],
    );
  });

  it('publishes no personal data, on a page or in a file for other systems: no official’s name, phone number or personal e-mail address', () => {
    // The seed statement names officials with phone numbers and addresses; none of it may reach the site.
    // Their names are held as hashes (tests/support/hashed-names.ts), so this test does not publish them either.
    const phone = /\b0\d{1,3}[- ]?\d{2,3}[ ]?\d{2}[ ]?\d{2,3}\b|\+46\s?\d/g;
    const personalEmail = /[\p{L}0-9._%+-]+\.[\p{L}0-9._%+-]+@[\p{L}0-9.-]+\.[a-z]{2,}/giu;
    // Functional numbers and addresses are allowed by the editors' rules; everything else that looks like one is not.
    const allowed = (found: string) =>
      functionalPhoneNumbers.includes(found.replace(/\D/g, '')) || functionalEmails.includes(found.toLowerCase());
    // The files for other systems (/data/) carry the same content as the pages, as JSON and CSV.
    const dataFiles = readdirSync(path.join(siteDir, 'data'))
      .filter((file) => /\.(json|csv)$/.test(file) && !file.endsWith('.schema.json'))
      .map((file) => `data/${file}`);
    expect(dataFiles.length).toBeGreaterThan(0);
    const offending = [...pages, ...dataFiles].flatMap((file) => {
      // Non-breaking hyphens and spaces keep a number on one line; they must not hide it from the check.
      const text = (file.endsWith('.html') ? parse(html(file)).textContent : html(file)).replace(/\u2011/g, '-').replace(/\u00a0/g, ' ');
      const names = hashedNamesIn(text, OFFICIALS_SURNAMES).map(
        (name) => `${file}: a name of an official from the source (${name.length} letters)`,
      );
      const contacts = [phone, personalEmail].flatMap((pattern) =>
        [...text.matchAll(pattern)].filter((match) => !allowed(match[0])).map((match) => `${file}: ${match[0]}`),
      );
      return [...names, ...contacts];
    });
    expect(offending).toEqual([]);
  });
});

describe('the views built from the collections', () => {
  const content = readContent(root);
  const entries = (collection: string) => content.filter((entry) => entry.collection === collection);
  const data = (entry: { data: unknown }) => entry.data as Record<string, unknown>;
  const mainLinks = (file: string) =>
    parse(html(file))
      .querySelectorAll('main a[href]')
      .map((a) => a.getAttribute('href')!.split('#')[0]!)
      .filter((href) => href.startsWith('/'));
  const fileOf = (href: string) => `${href.slice(1)}index.html`;

  it('reaches every actor’s page from /mitt-ansvar/ in two clicks or fewer', () => {
    const first = new Set(mainLinks('mitt-ansvar/index.html'));
    const second = new Set([...first].filter((href) => pages.includes(fileOf(href))).flatMap((href) => mainLinks(fileOf(href))));
    const unreachable = entries('aktorer')
      .map((actor) => paths.actor(actor.id))
      .filter((href) => !first.has(href) && !second.has(href));
    expect(unreachable).toEqual([]);
  });

  it('reaches every intervention by each of its facet values, from /insatser/ without JavaScript', () => {
    const catalogueLinks = new Set(mainLinks('insatser/index.html'));
    const missing: string[] = [];
    for (const intervention of entries('insatser')) {
      const {
        kind,
        targetGroups = [],
        responsible = [],
        partners = [],
      } = data(intervention) as {
        kind: string;
        targetGroups?: string[];
        responsible?: { actor: string }[];
        partners?: { actor: string }[];
      };
      const actorsOf = (assignments: { actor: string }[]) => assignments.map((assignment) => assignment.actor);
      const facetValues = { slag: [kind], malgrupp: targetGroups, ansvarig: actorsOf(responsible), partner: actorsOf(partners) };
      for (const [facet, values] of Object.entries(facetValues)) {
        for (const value of values) {
          const facetPage = paths.interventionFacet(facet, value);
          if (!catalogueLinks.has(facetPage)) missing.push(`/insatser/ → ${facetPage}`);
          else if (!mainLinks(fileOf(facetPage)).includes(paths.intervention(intervention.id)))
            missing.push(`${facetPage} → ${intervention.id}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('shows every role of every duty in its cell of the matrix table, and no other', () => {
    const actorName = new Map(entries('aktorer').map((actor) => [actor.id, data(actor).name as string]));
    const table = parse(html('ansvar/index.html')).querySelector('main table')!;
    const duties = table
      .querySelectorAll('thead th[scope="col"]')
      .slice(1)
      .map((th) => th.querySelector('a')!.textContent.trim());
    const shown = new Map<string, string>();
    for (const row of table.querySelectorAll('tbody tr')) {
      const actor = row.querySelector('th[scope="row"]')?.textContent.trim();
      if (!actor) continue;
      row.querySelectorAll('td').forEach((cell, index) => {
        const role = cell.querySelector('.rvbe-role')?.textContent.trim();
        if (role) shown.set(`${duties[index]} × ${actor}`, role);
      });
    }
    const expected = new Map(
      entries('ansvar').flatMap((duty) =>
        ((data(duty).roles ?? []) as { actor: string; role: Role }[]).map(
          ({ actor, role }) => [`${data(duty).title as string} × ${actorName.get(actor)}`, t(`role.${role}`)] as const,
        ),
      ),
    );
    expect(Object.fromEntries(shown)).toEqual(Object.fromEntries(expected));
  });
});
