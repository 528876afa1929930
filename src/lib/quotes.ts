/**
 * Verbatim quotes from stored source texts: finding a quote in its text while
 * ignoring line breaks and runs of white space, saying where a quote that is
 * not found stops matching, and splitting a stored text into blocks with the
 * quoted passages marked, so a document page can anchor every quote.
 */

/** Where a quote occurs in a text: `text.slice(start, end)` is the passage as stored. */
export interface TextRange {
  start: number;
  end: number;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The quote's words, for matching that ignores how white space is written. */
const words = (text: string) => text.trim().split(/\s+/).filter(Boolean);

/**
 * The first place `quote` occurs in `text`, word for word; any run of white
 * space (spaces, line breaks) matches any other.
 * @example findQuote('Ett  styr-\ndokument', 'Ett styr- dokument') // { start: 0, end: 18 }
 */
export function findQuote(text: string, quote: string): TextRange | undefined {
  const quoteWords = words(quote);
  if (quoteWords.length === 0) return undefined;
  const match = new RegExp(quoteWords.map(escapeRegExp).join('\\s+')).exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}

/**
 * For a quote that does not occur in `text`: the longest run of its first
 * words that does, and the word where it stops matching. Lets the build say
 * "stämmer fram till …" instead of only "finns inte".
 * @example quoteMismatch('Alla ska ta fram en plan.', 'Alla ska göra en plan.') // { matched: 'Alla ska', next: 'göra' }
 */
export function quoteMismatch(text: string, quote: string): { matched: string; next: string } {
  const quoteWords = words(quote);
  let low = 0;
  let high = quoteWords.length;
  // Binary search: a prefix that occurs means every shorter prefix occurs too.
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (findQuote(text, quoteWords.slice(0, middle).join(' '))) low = middle;
    else high = middle - 1;
  }
  return { matched: quoteWords.slice(0, low).join(' '), next: quoteWords[low] ?? '' };
}

/** A run of a stored text; `quoted` when it lies inside a quote, `anchors` the ids of quotes that start here. */
export interface TextSegment {
  text: string;
  quoted: boolean;
  anchors: string[];
}

/** A heading (a line starting with `## `) or a paragraph of a stored text. */
export interface TextBlock {
  kind: 'heading' | 'paragraph';
  segments: TextSegment[];
}

/**
 * Splits a stored text into headings and paragraphs (separated by blank
 * lines) and marks every quote that occurs in it. Overlapping quotes are
 * merged into one marked run, with each quote's anchor where it starts.
 */
export function segmentStoredText(text: string, quotes: readonly { id: string; text: string }[]): TextBlock[] {
  const ranges = quotes.flatMap((quote) => {
    const range = findQuote(text, quote.text);
    return range ? [{ ...range, id: quote.id }] : [];
  });
  const blocks: TextBlock[] = [];
  const pattern = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const match of text.matchAll(pattern)) {
    const raw = match[0];
    if (!raw.trim()) continue;
    const heading = raw.startsWith('## ');
    const offset = match.index + (heading ? 3 : 0);
    const body = heading ? raw.slice(3) : raw;
    blocks.push({ kind: heading ? 'heading' : 'paragraph', segments: segmentsOf(body, offset, ranges) });
  }
  return blocks;
}

function segmentsOf(body: string, offset: number, ranges: readonly (TextRange & { id: string })[]): TextSegment[] {
  const end = offset + body.length;
  const cuts = new Set([offset, end]);
  for (const range of ranges) {
    if (range.start > offset && range.start < end) cuts.add(range.start);
    if (range.end > offset && range.end < end) cuts.add(range.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let index = 0; index < points.length - 1; index++) {
    const from = points[index]!;
    const to = points[index + 1]!;
    segments.push({
      text: body.slice(from - offset, to - offset).replace(/\s+/g, ' '),
      quoted: ranges.some((range) => range.start < to && range.end > from),
      anchors: ranges.filter((range) => range.start === from).map((range) => range.id),
    });
  }
  return segments;
}
