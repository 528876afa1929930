/**
 * The change notes as an RSS 2.0 feed, `/andringar.xml`: the same notes as
 * `/andringar/`, newest first, each linking to the page and heading it concerns.
 * Links are absolute, with the host from `SITE_URL` and the base from `SITE_BASE`.
 */
import rss from '@astrojs/rss';
import { t } from '../i18n';
import { siteData } from '../lib/collections';
import { paths } from '../lib/paths';
import { absoluteUrl } from '../lib/published-files';

/** Escapes text for an XML element or attribute. */
const xmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export async function GET() {
  const { notes } = await siteData();
  return rss({
    title: t('feed.title'),
    description: t('feed.description'),
    site: absoluteUrl(paths.changes),
    customData: '<language>sv-se</language>',
    items: notes.map((note) => ({
      title: `${note.title}: ${note.text}`,
      link: absoluteUrl(note.path),
      pubDate: note.date,
      // @astrojs/rss makes the link the guid, but two notes may lead to one page: each note's own place on /andringar/ tells them apart.
      customData: `<guid isPermaLink="true">${xmlText(absoluteUrl(`${paths.changes}#${note.id}`))}</guid>`,
    })),
  });
}
