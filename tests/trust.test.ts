/**
 * Trust in the built site: the guidelines' status on every page from one
 * setting, a verified quote behind every role, cadence, partner and example
 * (or the words that the source does not say), the corrections made against
 * the source, and the task page for an employee who is worried about someone.
 * The expectations are read from the content files and the stored source text,
 * not from the code that builds the pages.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import type { BrowserContext } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { copyProject } from '../scripts/bench/project-copy.ts';
import { t } from '../src/i18n/index.ts';
import { readContent } from '../src/lib/content-source/source.ts';
import { readExcelCsv } from './support/excel-csv.ts';
import { buildSite, htmlPages, root } from './support/build.ts';
import { useChromium } from './support/browser.ts';
import { at } from './support/site-url.ts';

const siteDir = inject('siteDir');
const pages = htmlPages(siteDir);
const html = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');
const page = (file: string) => parse(html(siteDir, file));
/** Text as a reader sees it: any run of white space is one space. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

type Assignment = { actor: string; basis: string };
const content = readContent(root);
const data = <T>(collection: string) =>
  content.filter((entry) => entry.collection === collection).map((entry) => ({ id: entry.id, ...(entry.data as T) }));
const documents = data<{ title: string; text?: string; quotes?: { id: string; text: string }[] }>('dokument');
const quotes = new Map(
  documents.flatMap((document) => (document.quotes ?? []).map((quote) => [quote.id, { ...quote, document }] as const)),
);
const duties = data<{ title: string; cadence?: { basis: string }; roles?: (Assignment & { role: string })[] }>('ansvar');
const interventions = data<{ title: string; example: string; targetBasis?: string[]; responsible?: Assignment[]; partners?: Assignment[] }>(
  'insatser',
);
const actors = data<{ name: string; contact?: { email?: string } }>('aktorer');
const actorName = (id: string) => actors.find((actor) => actor.id === id)!.name;

/** The quotes a page shows under "Så står det i källan", as [quote id, text shown]. */
const shownQuotes = (main: HTMLElement) =>
  main
    .querySelectorAll('.rvbe-basis blockquote')
    .map((quote) => [/#citat-([\w-]+)$/.exec(quote.getAttribute('cite') ?? '')?.[1], squash(quote.textContent)] as const);

describe('the stored source texts and their quotes', () => {
  it('has every quote word for word in its document’s stored text', () => {
    expect(quotes.size).toBeGreaterThan(0);
    for (const quote of quotes.values()) expect(squash(quote.document.text ?? ''), quote.id).toContain(squash(quote.text));
  });

  it('shows each document’s stored text with an anchor at every quote', () => {
    for (const document of documents.filter((item) => item.text)) {
      const main = page(`dokument/${document.id}/index.html`).querySelector('main')!;
      for (const quote of document.quotes ?? []) expect(main.querySelector(`#citat-${quote.id}`), quote.id).not.toBeNull();
    }
  });
});

describe('a verified quote behind every claim', () => {
  it('shows on each duty page the quote behind every role and cadence, or says that the source names nobody responsible', () => {
    for (const duty of duties) {
      const main = page(`ansvar/${duty.id}/index.html`).querySelector('main')!;
      const cited = [...(duty.cadence ? [duty.cadence.basis] : []), ...(duty.roles ?? []).map((role) => role.basis)];
      expect(
        shownQuotes(main)
          .map(([id]) => id)
          .sort(),
        duty.id,
      ).toEqual([...new Set(cited)].sort());
      for (const [id, text] of shownQuotes(main)) expect(text, duty.id).toBe(squash(quotes.get(id!)!.text));
      const responsible = (duty.roles ?? []).some((role) => role.role === 'ansvarar');
      expect(squash(main.textContent).includes('Källan anger inte vem som ansvarar.'), duty.id).toBe(!responsible);
    }
  });

  it('names on each intervention page only the actors its source names, with the passage, and otherwise says the proposal names nobody', () => {
    for (const intervention of interventions) {
      const main = page(`insatser/${intervention.id}/index.html`).querySelector('main')!;
      const facts = squash(main.querySelector('.rvbe-facts')!.textContent);
      const responsible = intervention.responsible ?? [];
      expect(facts.includes('Förslaget anger inte vem som ansvarar för insatsen.'), intervention.id).toBe(responsible.length === 0);
      for (const { actor } of [...responsible, ...(intervention.partners ?? [])])
        expect(facts, intervention.id).toContain(actorName(actor));
      const cited = [
        intervention.example,
        ...(intervention.targetBasis ?? []),
        ...[...responsible, ...(intervention.partners ?? [])].map((item) => item.basis),
      ];
      expect(
        shownQuotes(main)
          .map(([id]) => id)
          .sort(),
        intervention.id,
      ).toEqual([...new Set(cited)].sort());
    }
  });

  it('marks every duty in the matrix whose source names nobody responsible, and shows no role the content does not cite', () => {
    const table = page('ansvar/index.html').querySelector('main table')!;
    for (const header of table.querySelectorAll('thead th[scope="col"]').slice(1)) {
      const duty = duties.find((item) => item.title === squash(header.querySelector('a')!.textContent))!;
      const responsible = (duty.roles ?? []).some((role) => role.role === 'ansvarar');
      expect(squash(header.textContent).includes('Källan anger inte vem som ansvarar.'), duty.id).toBe(!responsible);
    }
    expect(table.querySelectorAll('td .rvbe-role').length).toBe(duties.reduce((sum, duty) => sum + (duty.roles ?? []).length, 0));
  });

  it('gives every row of the CSV file the passages its roles and cadence rest on', async () => {
    const [header, ...rows] = readExcelCsv(readFileSync(path.join(siteDir, 'ansvar/ansvarsmatris.csv'), 'utf8'));
    expect(header!.at(-1)).toBe('Stöd i källan');
    for (const duty of duties) {
      const row = rows.find((candidate) => candidate[0] === duty.title)!;
      const basis = row.at(-1)!;
      for (const id of [...(duty.cadence ? [duty.cadence.basis] : []), ...(duty.roles ?? []).map((role) => role.basis)])
        expect(basis, duty.id).toContain(quotes.get(id)!.text);
      const responsible = (duty.roles ?? []).some((role) => role.role === 'ansvarar');
      expect(basis.includes('Källan anger inte vem som ansvarar.'), duty.id).toBe(!responsible);
    }
  });

  it('links every role on an actor’s page to the passage that states it', () => {
    for (const actor of actors) {
      const main = page(`aktorer/${actor.id}/index.html`).querySelector('main')!;
      for (const item of main.querySelectorAll('.rvbe-duties__item')) {
        const link = item.querySelectorAll('a').find((anchor) => squash(anchor.textContent) === 'Så står det i källan');
        const [, document, quote] = /^\/dokument\/([\w-]+)\/#citat-([\w-]+)$/.exec(link?.getAttribute('href') ?? '') ?? [];
        expect(quotes.get(quote!)?.document.id, `${actor.id}: ${squash(item.textContent)}`).toBe(document);
      }
    }
  });
});

describe('the guidelines’ status', () => {
  const banner = (dir: string, file: string) => parse(html(dir, file)).querySelector('section[aria-label="Riktlinjernas status"]');

  it.each(pages)('%s shows the status in a banner above the main content, linked to the decision history', (file) => {
    const text = html(siteDir, file);
    const found = banner(siteDir, file);
    expect(found?.getAttribute('data-status')).toBe('forslag');
    expect(squash(found!.textContent)).toMatch(
      /^Förslag, inte beslutade riktlinjer\. .*Källorna säger inte om kommunfullmäktige har antagit förslaget\./,
    );
    expect(found!.querySelector('a')?.getAttribute('href')).toBe('/dokument/#vad-galler');
    expect(text.indexOf('aria-label="Riktlinjernas status"')).toBeLessThan(text.indexOf('<main'));
  });

  it('speaks of a proposal on the start page and lists the decisions the sources do not give', () => {
    expect(squash(page('index.html').querySelector('main .rvbe-lead')!.textContent)).toContain('förslag till reviderade riktlinjer');
    const history = page('dokument/index.html').querySelector('main')!;
    const steps = history
      .querySelector('section[aria-labelledby="historik"]')!
      .querySelectorAll('.rvbe-timeline__title')
      .map((title) => squash(title.textContent));
    expect(steps).toEqual([
      'Riktlinjer i stadens arbete mot våldsbejakande extremism (2016)',
      'Förslag till reviderade riktlinjer i stadens arbete mot våldsbejakande extremism',
      'Tjänsteutlåtande om förslaget till reviderade riktlinjer (Hägersten-Älvsjö)',
      'Inte känt från källorna',
    ]);
    expect(squash(history.querySelector('section[aria-labelledby="vad-galler"]')!.textContent)).toContain('fråga din chef');
  });

  it('changes on every page when the settings record kommunfullmäktige’s decision, and links each page to its file once a repository is set', () => {
    const copy = copyProject(root);
    try {
      writeFileSync(
        path.join(copy.root, 'content/dokument/beslut-test.yaml'),
        'title: Kommunfullmäktiges beslut om reviderade riktlinjer\nkind: beslut\ndate: 2027-03-15\nissuer: kommunfullmaktige\ndesignation: Dnr KS 2027/99\ndescription: Beslutet.\nlocator: Stadens diarium.\n',
      );
      writeFileSync(
        path.join(copy.root, 'content/installningar/webbplats.yaml'),
        'status: antagna\nversion: remiss-riktlinjer-2024\ndecision: beslut-test\n' +
          'editing:\n  repository: https://github.com/stockholm/riktlinjer\n  host: github\n',
      );
      const outDir = buildSite(path.join(copy.root, 'dist'), {}, copy.root);
      const built = htmlPages(outDir);
      expect(built.length).toBe(pages.length + 1);
      for (const file of built) {
        const found = banner(outDir, file);
        expect(found?.getAttribute('data-status'), file).toBe('antagna');
        expect(squash(found!.textContent), file).toContain(
          'Gällande riktlinjer. Kommunfullmäktige antog riktlinjerna den 15 mars 2027 (Dnr KS 2027/99).',
        );
      }
      const history = parse(html(outDir, 'dokument/index.html'));
      expect(squash(history.querySelector('main')!.textContent)).not.toContain('Inte känt från källorna');

      // "Redigera den här sidan" leads to the page's own file in the host's web editor; the real site, with no repository set, has no such link.
      const editLink = (dir: string, file: string) =>
        parse(html(dir, file))
          .querySelectorAll('a')
          .find((a) => squash(a.textContent) === t('meta.edit'));
      expect(editLink(outDir, 'insatser/nattvandring/index.html')?.getAttribute('href')).toBe(
        'https://github.com/stockholm/riktlinjer/edit/main/content/insatser/nattvandring.mdx',
      );
      expect(editLink(outDir, 'om/redigera/index.html')?.getAttribute('href')).toBe(
        'https://github.com/stockholm/riktlinjer/edit/main/content/sidor/om/redigera.mdx',
      );
      // The glossary is made from many files: no single file to edit.
      expect(editLink(outDir, 'ordlista/index.html')).toBeUndefined();
      for (const file of pages) expect(editLink(siteDir, file), file).toBeUndefined();
    } finally {
      copy.remove();
    }
  }, 300_000);
});

describe('the corrections made against the source', () => {
  /** Wordings a review found that the source does not support; none may come back. */
  const unsupported = [
    /vill lämna/i,
    /lämnade (2024 )?ett svar/i,
    /riktlinjerna har elva avsnitt/i,
    /vår allmänna beskrivning/i,
    /webbplatsen kopplar/i,
    /dåliga kamrater|fel sällskap/i,
    /innan problem(en)? (uppstår|har uppstått)/i,
  ];

  /** Abbreviations a reader may not know, and the name that must come first on the page. */
  const abbreviations = { KF: 'kommunfullmäktige', KS: 'kommunstyrelsen', SLK: 'stadsledningskontoret', SDN: 'stadsdelsnämnd' };

  it('writes a name in full before its abbreviation on every page', () => {
    const early = pages.flatMap((file) => {
      const text = squash(page(file).querySelector('main')?.textContent ?? '');
      return Object.entries(abbreviations).flatMap(([abbreviation, name]) => {
        const first = text.search(new RegExp(`\\b${abbreviation}\\b`));
        const named = text.toLowerCase().indexOf(name);
        return first >= 0 && (named < 0 || named > first) ? [`${file}: ${abbreviation}`] : [];
      });
    });
    expect(early).toEqual([]);
  });

  it.each(unsupported.map((pattern) => [String(pattern), pattern] as const))('no page says %s', (_, pattern) => {
    const found = pages.filter((file) => pattern.test(squash(page(file).querySelector('main')?.textContent ?? '')));
    expect(found).toEqual([]);
  });

  it('does not give islamism as another word for an extremist environment', () => {
    const entry = page('ordlista/index.html').querySelector('#extremistmiljo')!.closest('div, li, section')!;
    expect(squash(entry.textContent).toLowerCase()).not.toContain('islamism');
  });

  it('gives the ten districts the sources say nothing particular of no text of their own, not ten copies of one', () => {
    const bodies = data<{ group: string }>('aktorer')
      .filter((actor) => actor.group === 'stadsdelsnamnd' && actor.id !== 'stadsdelsnamnderna')
      .map((actor) => content.find((entry) => entry.collection === 'aktorer' && entry.id === actor.id)!.body.trim())
      .filter(Boolean);
    expect(new Set(bodies).size).toBe(bodies.length);
  });
});

describe('Orolig för någon?', () => {
  it.each(pages)('%s links the task page from its footer', (file) => {
    const footer = page(file).querySelector('footer');
    expect(
      footer
        ?.querySelectorAll('a')
        .some((link) => link.getAttribute('href') === '/orolig-for-nagon/' && squash(link.textContent) === 'Orolig för någon?'),
    ).toBe(true);
  });

  it('is linked from the start page and gives 112 and the manager first, and only recorded contact routes', () => {
    expect(
      page('index.html')
        .querySelector('main')!
        .querySelectorAll('a')
        .some((link) => link.getAttribute('href') === '/orolig-for-nagon/'),
    ).toBe(true);
    const main = page('orolig-for-nagon/index.html').querySelector('main')!;
    const steps = main.querySelectorAll('h2:not(.rvbe-toc__heading)').map((heading) => squash(heading.textContent));
    expect(steps.slice(0, 2)).toEqual(['Steg 1: Är någon i fara just nu?', 'Steg 2: Prata med din chef']);
    const mails = main.querySelectorAll('a[href^="mailto:"]').map((link) => link.getAttribute('href'));
    expect(mails).toEqual(actors.filter((actor) => actor.contact?.email).map((actor) => `mailto:${actor.contact!.email}`));
  });

  it('gives the accessibility statement a usable reporting route from the same contact data', () => {
    const main = page('tillganglighet/index.html').querySelector('main')!;
    expect(main.querySelector('.rvbe-contact')).not.toBeNull();
    expect(main.querySelectorAll('a').some((link) => link.getAttribute('href') === 'https://www.digg.se/tdosanmalan')).toBe(true);
  });

  describe('in Chromium', () => {
    let context: BrowserContext;
    useChromium(async (ready) => {
      context = ready;
    });

    it('is reached from a section page by keyboard alone', async () => {
      const tab = await context.newPage();
      await tab.goto(at('/riktlinjer/uppfoljning/'));
      let focused = '';
      for (let presses = 0; presses < 300 && focused !== 'Orolig för någon?'; presses++) {
        await tab.keyboard.press('Tab');
        focused = await tab.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
      }
      expect(focused).toBe('Orolig för någon?');
      await tab.keyboard.press('Enter');
      await expect.poll(() => tab.getByRole('heading', { level: 1 }).textContent()).toBe('Orolig för någon?');
      await tab.close();
    });
  });
});
