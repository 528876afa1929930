/**
 * Finds personal data in text: Swedish personal identity numbers and
 * coordination numbers (checked by date and Luhn digit, so diary numbers,
 * SFS numbers and dates do not trip it), phone numbers and personal e-mail
 * addresses (`förnamn.efternamn@…`).
 */

/** What kind of personal data a match is. */
export type PersonalDataKind = 'personnummer' | 'samordningsnummer' | 'telefonnummer' | 'e-postadress';

export interface PersonalDataMatch {
  kind: PersonalDataKind;
  /** The text as written. */
  text: string;
  /** Offset of the match in the text. */
  index: number;
}

/** Contact details that belong to a function and may be published. */
export interface FunctionalContacts {
  /** E-mail addresses in lower case. */
  emails: readonly string[];
  /** Phone numbers as digits with the leading 0. */
  phoneNumbers: readonly string[];
}

// Not preceded by a letter, digit or a character that joins numbers ("Dnr 2024/105", "lag-2023-196", "SFS 2023:196").
const START = String.raw`(?<![\p{L}\p{N}/:.,+\-])`;
const END = String.raw`(?![\p{L}\p{N}/:\-]|[.,]\d)`;
const IDENTITY_NUMBER = new RegExp(`${START}(\\d{2})?(\\d{2})(\\d{2})(\\d{2})[-+]?(\\d{4})${END}`, 'gu');
const PHONE_NUMBER = new RegExp(`${START}(?:\\+46|0046|0)[ -]?(?:\\(0\\)[ -]?)?\\d{1,3}(?:[ -]?\\d{2,4}){1,4}${END}`, 'gu');
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/** A local part made of two or more names: `anna.svensson`, `per-olof.af-klint`, `anna.svensson2`. */
const NAMED_LOCAL_PART = /^\p{L}+(?:-\p{L}+)*(?:\.\p{L}+(?:-\p{L}+)*)+\d*$/u;

/**
 * True when the ten digits YYMMDDNNNN pass the Luhn check that Swedish
 * identity numbers end with.
 * @example luhnValid('8112289874') // true
 */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (const [index, char] of [...digits].entries()) {
    let value = Number(char) * (index % 2 === 0 ? 2 : 1);
    if (value > 9) value -= 9;
    sum += value;
  }
  return sum % 10 === 0;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Whether a number written YYMMDD-NNNN, YYYYMMDD-NNNN or without the dash is
 * a personal identity number, a coordination number (day + 60) or neither.
 * @example identityNumberKind('19811228-9874') // 'personnummer'
 */
export function identityNumberKind(text: string): 'personnummer' | 'samordningsnummer' | undefined {
  // A copy without the global flag, so this never moves the shared pattern's lastIndex.
  const match = new RegExp(`^${IDENTITY_NUMBER.source}$`, 'u').exec(text);
  return match ? kindOf(match) : undefined;
}

function kindOf(match: RegExpExecArray): 'personnummer' | 'samordningsnummer' | undefined {
  const [, century, yy, mm, dd, serial] = match as unknown as [string, string | undefined, string, string, string, string];
  const day = Number(dd);
  const coordination = day > 60;
  const realDay = coordination ? day - 60 : day;
  const years = century ? [Number(century + yy)] : [1900 + Number(yy), 2000 + Number(yy)];
  if (!years.some((year) => isRealDate(year, Number(mm), realDay))) return undefined;
  if (!luhnValid(`${yy}${mm}${dd}${serial}`)) return undefined;
  return coordination ? 'samordningsnummer' : 'personnummer';
}

/** Digits of a phone number with the leading 0: `+46 70-123 45 67` → `0701234567`. */
export function phoneDigits(text: string): string {
  const digits = text.replace(/\(0\)/, '').replace(/\D/g, '');
  if (digits.startsWith('0046')) return `0${digits.slice(4)}`;
  if (text.trim().startsWith('+46')) return `0${digits.slice(2)}`;
  return digits;
}

/**
 * Every piece of personal data in `text`, in order.
 * @param allowed functional addresses and numbers that may be published.
 */
export function findPersonalData(text: string, allowed: FunctionalContacts = { emails: [], phoneNumbers: [] }): PersonalDataMatch[] {
  const found: PersonalDataMatch[] = [];
  const taken: [number, number][] = [];
  const overlaps = (index: number, length: number) => taken.some(([start, end]) => index < end && index + length > start);
  const add = (kind: PersonalDataKind, match: RegExpExecArray) => {
    if (overlaps(match.index, match[0].length)) return;
    taken.push([match.index, match.index + match[0].length]);
    found.push({ kind, text: match[0], index: match.index });
  };

  for (const match of text.matchAll(IDENTITY_NUMBER)) {
    const kind = kindOf(match);
    if (kind) add(kind, match);
  }
  for (const match of text.matchAll(PHONE_NUMBER)) {
    const digits = phoneDigits(match[0]);
    // Swedish numbers have 8 to 10 digits with the leading 0 (e.g. 08-12 34 56, 070-123 45 67).
    if (digits.length < 8 || digits.length > 10 || allowed.phoneNumbers.includes(digits)) continue;
    add('telefonnummer', match);
  }
  for (const match of text.matchAll(EMAIL)) {
    const address = match[0].toLowerCase();
    const local = address.slice(0, address.indexOf('@'));
    if (!NAMED_LOCAL_PART.test(local) || allowed.emails.includes(address)) continue;
    add('e-postadress', match);
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * How a match is shown in a report. Identity numbers keep only their date,
 * since build logs may be public too.
 * @example maskPersonalData({ kind: 'personnummer', text: '19811228-9874', index: 0 }) // '19811228-****'
 */
export function maskPersonalData(match: PersonalDataMatch): string {
  if (match.kind === 'personnummer' || match.kind === 'samordningsnummer') return match.text.replace(/\d{4}$/, '****');
  return match.text;
}
