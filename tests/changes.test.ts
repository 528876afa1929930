/**
 * Change notes for readers: each page's "Ändringar", the latest changes on
 * /andringar/ with a page per actor, and the RSS feed /andringar.xml. The
 * expectations are read from the content files and the built pages; the feed
 * is read with xml2js, not with the library that wrote it. One extra build, of a
 * copy with one note added and a base path and host set, follows a note to
 * every place it should appear, and to none other.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseStringPromise } from 'xml2js';
import { copyProject, type ProjectCopy } from '../scripts/bench/project-copy.ts';
import { t } from '../src/i18n/index.ts';
import { readContent } from '../src/lib/content-source/source.ts';
import { buildSite, htmlPages, root } from './support/build.ts';

const siteDir = inject('siteDir');
const content = readContent(root);
const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');
const main = (dir: string, file: string) => parse(read(dir, file)).querySelector('main')!;
/** Text as a reader sees it: any run of white space is one space. */
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every change note written in the content. */
const contentNotes = content.flatMap((entry) => ((entry.data as { changes?: { text: string }[] }).changes ?? []).map((note) => note.text));
const actorIds = content.filter((entry) => entry.collection === 'aktorer').map((entry) => entry.id);

/** The feed as an independent XML parser reads it: the channel, its items, and every address in it. */
async function readFeed(dir: string) {
  const xml = await parseStringPromise(read(dir, 'andringar.xml'), { strict: true, explicitArray: false });
  const channel = xml.rss.channel;
  const items: { title: string; link: string; pubDate: string; guid: { _: string; $: { isPermaLink: string } } }[] =
    channel.item === undefined ? [] : [channel.item].flat();
  return {
    version: xml.rss.$.version as string,
    channel,
    items,
    addresses: [channel.link, ...items.flatMap((item) => [item.link, item.guid._])],
  };
}

describe('changes in the site as built from the content', () => {
  it('announces the feed of changes on every page', () => {
    const pages = htmlPages(siteDir);
    expect(existsSync(path.join(siteDir, 'andringar.xml'))).toBe(true);
    const missing = pages.filter((file) => {
      const link = parse(read(siteDir, file)).querySelector('head link[rel="alternate"][type="application/rss+xml"]');
      return link?.getAttribute('href') !== '/andringar.xml' || link.getAttribute('title') !== t('feed.title');
    });
    expect(pages.length).toBeGreaterThan(60);
    expect(missing).toEqual([]);
  });

  it('lists every note on /andringar/ and in the feed, and says plainly when there is none', async () => {
    const list = main(siteDir, 'andringar/index.html');
    expect(list.querySelectorAll('.rvbe-changes__item')).toHaveLength(contentNotes.length);
    const none = list.querySelector('.rvbe-changes__none');
    expect(Boolean(none?.text.includes(t('changes.none'))), 'the message for no notes').toBe(contentNotes.length === 0);
    expect(none === null || none.querySelector('a')?.getAttribute('href') === '/riktlinjer/').toBe(true);
    const feed = await readFeed(siteDir);
    expect(feed.version).toBe('2.0');
    expect(feed.channel.language).toBe('sv-se');
    expect(feed.channel.title).toBe(t('feed.title'));
    expect(feed.channel.description).toBe(t('feed.description'));
    expect(feed.items).toHaveLength(contentNotes.length);
  });

  it('gives every actor a page of its changes, linked from the actor’s page and from /andringar/', () => {
    const filter = main(siteDir, 'andringar/index.html')
      .querySelectorAll('nav details a')
      .map((link) => link.getAttribute('href'));
    expect(actorIds.length).toBeGreaterThan(20);
    for (const id of actorIds) {
      expect(existsSync(path.join(siteDir, 'andringar', id, 'index.html')), id).toBe(true);
      expect(filter, id).toContain(`/andringar/${id}/`);
      expect(main(siteDir, `aktorer/${id}/index.html`).querySelector(`a[href="/andringar/${id}/"]`), id).not.toBeNull();
    }
  });

  it('links to /andringar/ from the start page and the footer', () => {
    const home = main(siteDir, 'index.html').querySelectorAll('a[href="/andringar/"]');
    expect(home.map((link) => link.text)).toContain(t('home.andringar'));
    const footer = parse(read(siteDir, 'tillganglighet/index.html')).querySelector('footer a[href="/andringar/"]');
    expect(footer?.text).toBe(t('footer.andringar'));
  });
});

describe('a change note, followed through a build with a base path and a host', () => {
  const BASE = '/vbe/';
  const HOST = 'https://intranat.example';
  const NOTE = { date: '2026-11-27', text: 'Provanteckning: lagens krav på lägesbilden förtydligade', heading: 'vad-lagen-kräver' };
  const DUTY = 'arlig-lagesbild';
  const dutyTitle = (content.find((entry) => entry.id === DUTY)!.data as { title: string }).title;
  /** The duty's actors are the stadsdelsnämnder: the group and each of its members. */
  const concerned = [
    'stadsdelsnamnderna',
    ...content.filter((entry) => (entry.data as { partOf?: string }).partOf === 'stadsdelsnamnderna').map((entry) => entry.id),
  ];
  let copy: ProjectCopy;
  let outDir: string;

  beforeAll(() => {
    copy = copyProject(root);
    const file = path.join(copy.root, 'content/ansvar', `${DUTY}.mdx`);
    const written = readFileSync(file, 'utf8');
    const note = `changes:\n  - date: ${NOTE.date}\n    text: '${NOTE.text}'\n    heading: ${NOTE.heading}\n---\n`;
    writeFileSync(file, written.replace(/\n---\n/, `\n${note}`));
    outDir = buildSite(path.join(copy.root, 'dist'), { SITE_BASE: BASE, SITE_URL: HOST }, copy.root);
  }, 300_000);

  afterAll(() => copy?.remove());

  it('shows the note under the page’s "Ändringar", with its date and a link to the heading it concerns', () => {
    const page = parse(read(outDir, `ansvar/${DUTY}/index.html`));
    expect(page.getElementById(NOTE.heading)).not.toBeNull();
    const items = page.querySelectorAll('.rvbe-meta__history li');
    expect(items).toHaveLength(1);
    expect(items[0]!.querySelector('time')?.getAttribute('datetime')).toBe(NOTE.date);
    expect(squash(items[0]!.text)).toBe(`27 november 2026: ${NOTE.text} (${t('meta.concerns', { heading: 'Vad lagen kräver' })})`);
    expect(items[0]!.querySelector('a')?.getAttribute('href')).toBe(`${BASE}ansvar/${DUTY}/#${NOTE.heading}`);
  });

  it('lists the note on /andringar/ under its month, with the kind of page, the page and the heading', () => {
    const list = main(outDir, 'andringar/index.html');
    expect(list.querySelector('h2')?.text).toBe('november 2026');
    const items = list.querySelectorAll('.rvbe-changes__item');
    expect(items).toHaveLength(1);
    expect(items[0]!.querySelectorAll('p').map((line) => squash(line.text))).toEqual([
      `27 november 2026 · ${t('searchType.uppgift')}`,
      `${dutyTitle} › Vad lagen kräver`,
      NOTE.text,
    ]);
    expect(items[0]!.querySelectorAll('a').map((link) => [link.text, link.getAttribute('href')])).toEqual([
      [dutyTitle, `${BASE}ansvar/${DUTY}/`],
      ['Vad lagen kräver', `${BASE}ansvar/${DUTY}/#${NOTE.heading}`],
    ]);
  });

  it('shows the note to the actors of the duty, a stadsdelsnämnd through its group, and not to an unrelated actor', () => {
    const shown = (id: string) => squash(main(outDir, `andringar/${id}/index.html`).text).includes(NOTE.text);
    expect(concerned.length).toBeGreaterThan(5);
    expect(concerned.filter((id) => !shown(id))).toEqual([]);
    expect(shown('polisen')).toBe(false);
    const polisen = main(outDir, 'andringar/polisen/index.html').querySelector('.rvbe-changes__none');
    expect(squash(polisen?.text ?? '')).toContain(t('changes.actorNone', { name: 'Polisen' }));
  });

  it('appears nowhere else: not on another page’s "Ändringar"', () => {
    const expected = [`ansvar/${DUTY}/index.html`, 'andringar/index.html', ...concerned.map((id) => `andringar/${id}/index.html`)].sort();
    const found = htmlPages(outDir).filter((file) => read(outDir, file).includes(NOTE.text));
    expect(found.sort()).toEqual(expected);
  });

  it('puts the note in the feed: page title and note as the title, an absolute link to the heading under the base, its date', async () => {
    const feed = await readFeed(outDir);
    expect(feed.items).toHaveLength(1);
    const [item] = feed.items;
    expect(item!.title).toBe(`${dutyTitle}: ${NOTE.text}`);
    expect(item!.link).toBe(`${HOST}${BASE}ansvar/${DUTY}/#${encodeURIComponent(NOTE.heading)}`);
    expect(new Date(item!.pubDate).toISOString()).toBe(`${NOTE.date}T00:00:00.000Z`);
    expect(feed.channel.link).toBe(`${HOST}${BASE}andringar/`);
  });

  it('gives every address in the feed the host and the base, and each note a permalink of its own on /andringar/', async () => {
    const feed = await readFeed(outDir);
    expect(feed.addresses.filter((address) => !address.startsWith(`${HOST}${BASE}`))).toEqual([]);
    const guid = new URL(feed.items[0]!.guid._);
    expect(feed.items[0]!.guid.$.isPermaLink).toBe('true');
    expect(guid.pathname).toBe(`${BASE}andringar/`);
    expect(main(outDir, 'andringar/index.html').getElementById(guid.hash.slice(1))?.text).toContain(NOTE.text);
  });

  it('announces the feed under the base on every page', () => {
    const hrefs = new Set(
      htmlPages(outDir).map((file) => parse(read(outDir, file)).querySelector('link[type="application/rss+xml"]')?.getAttribute('href')),
    );
    expect([...hrefs]).toEqual([`${BASE}andringar.xml`]);
  });
});
