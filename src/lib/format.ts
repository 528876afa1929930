const LOCALE = 'sv-SE';

const longDate = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'long', timeZone: 'Europe/Stockholm' });
const collator = new Intl.Collator(LOCALE);

/**
 * A date the way Swedish readers write it.
 * @example formatDate(new Date('2024-04-25')) // '25 april 2024'
 */
export function formatDate(date: Date): string {
  return longDate.format(date);
}

const monthYear = new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric', timeZone: 'Europe/Stockholm' });

/**
 * A month and year as a Swedish heading for a list by month.
 * @example formatMonth(new Date('2026-11-26')) // 'november 2026'
 */
export function formatMonth(date: Date): string {
  return monthYear.format(date);
}

// sv-SE writes a numeric date as YYYY-MM-DD; the same time zone as formatDate, so the two never disagree.
const numericDate = new Intl.DateTimeFormat(LOCALE, { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Europe/Stockholm' });

/**
 * A date as `YYYY-MM-DD` in Stockholm, for `<time datetime>`: the same day that `formatDate` shows.
 * @example isoDay(new Date('2026-11-28T23:30:00Z')) // '2026-11-29' (00:30 in Stockholm)
 */
export function isoDay(date: Date): string {
  return numericDate.format(date);
}

/** Compares two strings in Swedish alphabetical order (å, ä, ö after z), for `Array.prototype.sort`. */
export const compareSwedish = (a: string, b: string): number => collator.compare(a, b);

/**
 * Sorts a copy of `items` in Swedish alphabetical order (å, ä, ö last).
 * @example sortSwedish(['Östermalm', 'Ängby', 'Bromma'], (s) => s) // ['Bromma', 'Ängby', 'Östermalm']
 */
export function sortSwedish<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareSwedish(key(a), key(b)));
}

/**
 * Joins words into a Swedish list.
 * @example listSwedish(['polisen', 'skolan', 'socialtjänsten']) // 'polisen, skolan och socialtjänsten'
 */
export function listSwedish(words: readonly string[]): string {
  return new Intl.ListFormat(LOCALE, { type: 'conjunction' }).format(words);
}

const sizeNumber = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });

/**
 * A file size the way a download link states it, in kB (1 kB = 1 000 bytes).
 * @example formatFileSize(1630) // '1,6 kB'
 */
export function formatFileSize(bytes: number): string {
  return `${sizeNumber.format(Math.max(bytes, 100) / 1000)} kB`;
}

/**
 * The text with its first letter in upper case, for labels that start a line.
 * @example capitalize('barn och unga') // 'Barn och unga'
 */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase(LOCALE) + text.slice(1);
}

/**
 * A name with its abbreviation in parentheses, unless the name already ends with it.
 * @example withAbbreviation('Kommunstyrelsen', 'KS') // 'Kommunstyrelsen (KS)'
 * @example withAbbreviation('Center mot våldsbejakande extremism (CVE)', 'CVE') // 'Center mot våldsbejakande extremism (CVE)'
 */
export function withAbbreviation(name: string, abbreviation?: string): string {
  return !abbreviation || name.endsWith(`(${abbreviation})`) ? name : `${name} (${abbreviation})`;
}
