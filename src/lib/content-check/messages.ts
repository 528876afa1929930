import type { z } from 'astro/zod';
import { CONTACT_EMPTY, DATE_INVALID, DECISION_MISSING, TARGET_BASIS_MISSING } from '../../schemas.ts';
import { fieldName, type ContentProblem } from './problem.ts';
import { closest } from './suggest.ts';

type Issue = z.core.$ZodIssue;

/** Fields that hold the id of the quote a claim rests on. */
const QUOTE_FIELDS = new Set(['basis', 'example']);

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'ett tal',
  int: 'ett heltal',
  boolean: 'true eller false',
  array: 'en lista, t.ex. [forsta-id, andra-id]',
  object: 'ett objekt med fält',
  date: 'ett datum (ÅÅÅÅ-MM-DD)',
};

function describeValue(value: unknown): string {
  if (value === undefined) return 'inget värde';
  if (value === null) return 'ett tomt värde';
  if (Array.isArray(value)) return 'en lista';
  if (value instanceof Date) return `datumet ${value.toISOString().slice(0, 10)}`;
  if (typeof value === 'object') return 'ett objekt';
  if (typeof value === 'string') return `texten "${value}"`;
  return `${typeof value === 'number' ? 'talet' : 'värdet'} ${String(value)}`;
}

/**
 * How a date written day first (`31/1`, `31/1 2024`, `31.1.2024`) is written
 * instead, so the editor sees their own date in the right form.
 * @example dayMonthExample('31/1') // 'Skriv datum som ÅÅÅÅ-MM-DD, med året först: 31/1 skrivs ÅÅÅÅ-01-31, t.ex. 2024-01-31.'
 */
function dayMonthExample(input: unknown): string | undefined {
  const match = typeof input === 'string' ? /^(\d{1,2})[/.](\d{1,2})(?:[/. ]+(\d{4}))?$/.exec(input.trim()) : null;
  if (!match) return undefined;
  const [, day, month, year] = match;
  const monthDay = `${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
  const written = year ? `${year}-${monthDay}` : `ÅÅÅÅ-${monthDay}, t.ex. 2024-${monthDay}`;
  return `Skriv datum som ÅÅÅÅ-MM-DD, med året först: ${input as string} skrivs ${written}.`;
}

/**
 * Turns one Zod issue into a message an editor understands: what is wrong and
 * how to fix it, in Swedish.
 * @param allowedKeys the fields the object at the issue's path accepts, for unknown-field issues.
 */
export function describeIssue(issue: Issue, allowedKeys: readonly string[] = []): Pick<ContentProblem, 'field' | 'message' | 'fix'> {
  const field = fieldName(issue.path);
  const input = (issue as { input?: unknown }).input;

  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      if (input === undefined && QUOTE_FIELDS.has(String(issue.path.at(-1)))) {
        return {
          field,
          message: 'Fältet saknas: varje uppgift om ansvar, hur ofta eller exempel måste ha stöd i ett citat.',
          fix: `Lägg till "${field}:" med id för citatet som säger det (ett id under quotes: i content/dokument/). Står det inte i källan, ta bort uppgiften i stället.`,
        };
      }
      if (input === undefined) {
        return { field, message: 'Fältet saknas.', fix: `Lägg till fältet "${field}" med ${expected}.` };
      }
      return { field, message: `Förväntade ${expected} men fick ${describeValue(input)}.`, fix: `Skriv ${expected}.` };
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const suggestion = typeof input === 'string' ? closest(input, allowed, 1)[0] : undefined;
      if (input === undefined) {
        return { field, message: 'Fältet saknas.', fix: `Lägg till "${field}:" med ett av de tillåtna värdena: ${allowed.join(', ')}.` };
      }
      return {
        field,
        message: `Värdet "${String(input)}" är inte tillåtet.`,
        fix: `${suggestion ? `Menade du "${suggestion}"? ` : ''}Tillåtna värden: ${allowed.join(', ')}.`,
      };
    }
    case 'unrecognized_keys': {
      const key = issue.keys[0] ?? '';
      const suggestion = closest(key, allowedKeys, 1)[0];
      const unknownField = fieldName([...issue.path, key]);
      return {
        field: unknownField,
        message: issue.keys.length === 1 ? `Okänt fält "${key}".` : `Okända fält: ${issue.keys.join(', ')}.`,
        fix: `${suggestion ? `Menade du "${suggestion}"? ` : ''}Tillåtna fält här: ${allowedKeys.join(', ')}.`,
      };
    }
    case 'too_small': {
      if (issue.origin === 'array') {
        return {
          field,
          message: `Listan måste ha minst ${String(issue.minimum)} värde.`,
          fix: `Lägg till minst ${String(issue.minimum)} värde i "${field}".`,
        };
      }
      if (issue.origin === 'string') {
        return { field, message: 'Fältet är tomt.', fix: `Skriv en text i "${field}".` };
      }
      return {
        field,
        message: `Talet ${String(input)} är för litet.`,
        fix: `Skriv ett heltal som är ${String(issue.minimum)} eller större.`,
      };
    }
    case 'invalid_format':
      if (issue.format === 'regex') {
        return {
          field,
          message: `${describeValue(input)[0]!.toUpperCase()}${describeValue(input).slice(1)} är inget giltigt id.`,
          fix: 'Ett id har bara små bokstäver a–z utan å, ä och ö, siffror och bindestreck, t.ex. handlingsplaner-vartannat-ar.',
        };
      }
      if (issue.format === 'email') {
        return {
          field,
          message: `${describeValue(input)[0]!.toUpperCase()}${describeValue(input).slice(1)} är ingen e-postadress.`,
          fix: 'Skriv en hel adress, t.ex. registrator@stockholm.se.',
        };
      }
      return {
        field,
        message: `${describeValue(input)[0]!.toUpperCase()}${describeValue(input).slice(1)} är ingen giltig webbadress.`,
        fix: 'Skriv hela adressen med https:// först, t.ex. https://start.stockholm/.',
      };
    case 'custom':
      if (issue.message === CONTACT_EMPTY) {
        return {
          field,
          message: 'Kontaktvägen saknar både e-post, telefon, webbadress och postadress.',
          fix: 'Ange minst ett av fälten email, phone, url eller address.',
        };
      }
      if (issue.message === TARGET_BASIS_MISSING) {
        return {
          field,
          message: 'Målgrupperna saknar stöd i en källa.',
          fix: 'Lägg till "targetBasis:" med id för citatet som nämner målgrupperna, eller ta bort targetGroups: då visar sidan att källan inte anger målgrupp.',
        };
      }
      if (issue.message === DECISION_MISSING) {
        return {
          field,
          message: 'Status är "antagna" men beslutet saknas.',
          fix: 'Lägg till "decision:" med id för kommunfullmäktiges beslut, ett dokument i content/dokument/ med kind: beslut.',
        };
      }
      if (issue.message === DATE_INVALID) {
        return input === undefined
          ? { field, message: 'Datumet saknas.', fix: `Lägg till "${field}: ÅÅÅÅ-MM-DD", t.ex. ${field}: 2024-04-25.` }
          : {
              field,
              message: `${describeValue(input)[0]!.toUpperCase()}${describeValue(input).slice(1)} är inget giltigt datum.`,
              fix: dayMonthExample(input) ?? 'Skriv datum som ÅÅÅÅ-MM-DD med ett datum som finns, t.ex. 2024-04-25.',
            };
      }
      return { field, message: issue.message, fix: 'Rätta värdet.' };
    default:
      return { field, message: `Ogiltigt värde: ${describeValue(input)}.`, fix: 'Jämför med fältets beskrivning i src/schemas.ts.' };
  }
}
