import { QuoteType, Tokenizer } from 'htmlparser2';

/** Attributes that name one id, such as the popover a `<Begrepp>` button opens. */
const ONE_ID = new Set(['id', 'popovertarget']);
/** Attributes that hold a space-separated list of ids. */
const ID_LIST = new Set(['for', 'aria-controls', 'aria-describedby', 'aria-labelledby']);
const HEADING = /^h[1-5]$/i;

/** A piece of the input replaced in the output. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * Prepares a section's rendered HTML for a page that holds many sections (the
 * whole guidelines): headings move one level down below the section's own
 * heading, and every id and in-page link gets the section's prefix, so that two
 * sections' "Bakgrund" headings or footnote 1 do not clash.
 *
 * The HTML is read with htmlparser2's tokenizer and only the tag names and
 * attribute values that change are rewritten; everything else is kept as Astro
 * wrote it. (Building a syntax tree and writing it out again took a second for
 * the whole guidelines of a 1 000-page site.)
 * @example embedSection('<h2 id="mal">Mål</h2>', 'inledning') // '<h3 id="inledning--mal">Mål</h3>'
 */
export function embedSection(html: string, prefix: string): string {
  const withPrefix = (id: string) => `${prefix}--${id}`;
  const edits: Edit[] = [];
  const renameHeading = (start: number, end: number) => {
    const tag = html.slice(start, end);
    if (HEADING.test(tag)) edits.push({ start, end, text: `h${Number(tag[1]) + 1}` });
  };
  let name = '';
  let nameEnd = 0;
  let value = '';

  /** The attribute's new value, or undefined when it stays. */
  const rewritten = (): string | undefined => {
    if (value === '') return undefined;
    if (ONE_ID.has(name)) return withPrefix(value);
    if (ID_LIST.has(name)) return value.split(/\s+/).filter(Boolean).map(withPrefix).join(' ');
    if (name === 'href' && value.startsWith('#')) return `#${withPrefix(decodeURIComponent(value.slice(1)))}`;
    return undefined;
  };

  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      onopentagname: renameHeading,
      onclosetag: renameHeading,
      onattribname(start, end) {
        name = html.slice(start, end).toLowerCase();
        nameEnd = end;
        value = '';
      },
      onattribdata(start, end) {
        value += html.slice(start, end);
      },
      onattribentity(codepoint) {
        value += String.fromCodePoint(codepoint);
      },
      onattribend(quote, end) {
        const text = quote === QuoteType.NoValue ? undefined : rewritten();
        if (text === undefined) return;
        // The value, with its quotes, starts at the first non-space after the '='.
        let start = html.indexOf('=', nameEnd) + 1;
        while (/\s/.test(html[start]!)) start++;
        edits.push({ start, end, text: `"${text.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"` });
      },
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onend() {},
      onopentagend() {},
      onprocessinginstruction() {},
      onselfclosingtag() {},
      ontext() {},
      ontextentity() {},
    },
  );
  tokenizer.write(html);
  tokenizer.end();

  const parts: string[] = [];
  let at = 0;
  for (const { start, end, text } of edits) {
    parts.push(html.slice(at, start), text);
    at = end;
  }
  parts.push(html.slice(at));
  return parts.join('');
}
