/** Lower-cases and removes Swedish diacritics, so `Lägesbild` and `lagesbild` compare equal. */
export function fold(word: string): string {
  return word
    .toLocaleLowerCase('sv-SE')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/**
 * The words of a text as written, in order.
 * @example typedWords('Sök SIG, tack') // ['Sök', 'SIG', 'tack']
 */
export function typedWords(text: string): string[] {
  return text.match(WORD) ?? [];
}

/**
 * The words of a text, lower-cased, in order.
 * @example words('Stadsdelsnämnderna (SDN) tar fram…') // ['stadsdelsnämnderna', 'sdn', 'tar', 'fram']
 */
export function words(text: string): string[] {
  return typedWords(text).map((word) => word.toLocaleLowerCase('sv-SE'));
}
