import { parse } from 'node-html-parser';

/**
 * The text Pagefind indexes on a built page: the content of the
 * `data-pagefind-body` element without its `data-pagefind-ignore` parts.
 * Returns an empty string for a page that is not indexed.
 */
export function indexedText(html: string): string {
  const marker = html.indexOf('data-pagefind-body');
  if (marker === -1) return '';
  // Parsing from the indexed element on skips the header and navigation, a good part of every page.
  const body = parse(html.slice(html.lastIndexOf('<', marker))).querySelector('[data-pagefind-body]');
  if (!body) return '';
  for (const ignored of body.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
  // structuredText puts line breaks between block elements, so words of adjacent blocks stay apart.
  return body.structuredText;
}
