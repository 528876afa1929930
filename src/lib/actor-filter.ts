/**
 * Matching for the actor chooser on /mitt-ansvar/: forgiving of case, of å, ä
 * and ö typed as a and o, and of word order.
 */

/**
 * Lower case without diacritics, so a reader without a Swedish keyboard finds the actor.
 * @example foldSwedish('Södermalms stadsdelsnämnd') // 'sodermalms stadsdelsnamnd'
 */
export function foldSwedish(text: string): string {
  return text
    .toLocaleLowerCase('sv-SE')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/**
 * True when every word of the query occurs in the text; an empty query matches everything.
 * @example matchesQuery('Hägersten-Älvsjö stadsdelsnämnd', 'alvsjo') // true
 */
export function matchesQuery(text: string, query: string): boolean {
  const haystack = foldSwedish(text);
  return foldSwedish(query)
    .split(/[\s,]+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
