/**
 * A Pagefind excerpt as pieces of text, some marked as matches. The search
 * page builds text nodes and `<mark>` elements from them, so nothing in an
 * excerpt is ever parsed as HTML on the page, whatever the indexed text held.
 */

/** A run of excerpt text; `marked` when Pagefind marked it as a match. */
export interface ExcerptPiece {
  text: string;
  marked: boolean;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Decodes the character references Pagefind writes when it escapes indexed text.
 * @example decodeEntities('&lt;img onerror=x&gt;') // '<img onerror=x>'
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

/**
 * Splits an excerpt at Pagefind's `<mark>` tags; any other tag is left as text.
 * @example excerptPieces('en <mark>lägesbild</mark> varje år') // [{ text: 'en ', marked: false }, { text: 'lägesbild', marked: true }, { text: ' varje år', marked: false }]
 */
export function excerptPieces(excerpt: string): ExcerptPiece[] {
  const pieces: ExcerptPiece[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<\/?mark>)/)) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) pieces.push({ text: tidy(decodeEntities(part)), marked });
  }
  return pieces;
}

/**
 * Takes away the space the indexed copy leaves before a mark that ends a table
 * cell or a list term (`Lägesbild ;`), and the invisible word joiner a glossary
 * term carries, so the excerpt reads like the page.
 * @example tidy('Lägesbild\u2060 ; Varje år') // 'Lägesbild; Varje år'
 */
function tidy(text: string): string {
  return text.replace(/\u2060/g, '').replace(/\s+(?=[;:.,](?:\s|$))/g, '');
}
