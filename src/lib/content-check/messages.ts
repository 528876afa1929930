import type { z } from 'astro/zod';
import { problem, problemText, type ProblemKey } from '../../i18n/problems.ts';
import { CONTACT_EMPTY, DATE_INVALID, DECISION_MISSING, TARGET_BASIS_MISSING } from '../../schemas.ts';
import { fieldName, type ContentProblem } from './problem.ts';
import { closest } from './suggest.ts';

type Issue = z.core.$ZodIssue;

/** Fields that hold the id of the quote a claim rests on. */
const QUOTE_FIELDS = new Set(['basis', 'example']);

/** What each Zod type is called in messages. */
const TYPE_NAMES: Record<string, ProblemKey> = {
  string: 'noun.type.string',
  number: 'noun.type.number',
  int: 'noun.type.int',
  boolean: 'noun.type.boolean',
  array: 'noun.type.array',
  object: 'noun.type.object',
  date: 'noun.type.date',
};

function describeValue(value: unknown): string {
  if (value === undefined) return problemText('noun.value.none');
  if (value === null) return problemText('noun.value.empty');
  if (Array.isArray(value)) return problemText('noun.value.list');
  if (value instanceof Date) return problemText('noun.value.date', { date: value.toISOString().slice(0, 10) });
  if (typeof value === 'object') return problemText('noun.value.object');
  if (typeof value === 'string') return problemText('noun.value.text', { text: value });
  return problemText(typeof value === 'number' ? 'noun.value.number' : 'noun.value.other', { value: String(value) });
}

/** The value described as the start of a sentence: "Texten "x"". */
function describeValueFirst(value: unknown): string {
  const described = describeValue(value);
  return `${described[0]!.toUpperCase()}${described.slice(1)}`;
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
  const written = year ? `${year}-${monthDay}` : problemText('date.dayFirst.noYear', { monthDay });
  return problemText('date.dayFirst.fix', { input: input as string, written });
}

/**
 * Turns one Zod issue into a message an editor understands: what is wrong and
 * how to fix it, in Swedish.
 * @param allowedKeys the fields the object at the issue's path accepts, for unknown-field issues.
 */
export function describeIssue(issue: Issue, allowedKeys: readonly string[] = []): Pick<ContentProblem, 'field' | 'message' | 'fix'> {
  const field = fieldName(issue.path);
  const input = (issue as { input?: unknown }).input;
  const didYouMean = (suggestion: string | undefined) => (suggestion ? problemText('hint.didYouMean', { suggestion }) : undefined);

  switch (issue.code) {
    case 'invalid_type': {
      const typeName = TYPE_NAMES[issue.expected];
      const expected = typeName ? problemText(typeName) : issue.expected;
      if (input === undefined && QUOTE_FIELDS.has(String(issue.path.at(-1)))) {
        return { field, ...problem('basis.missing', { field }) };
      }
      if (input === undefined) return { field, ...problem('field.missing', { field, expected }) };
      return { field, ...problem('type.mismatch', { expected, actual: describeValue(input) }) };
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const suggestion = typeof input === 'string' ? closest(input, allowed, 1)[0] : undefined;
      if (input === undefined) return { field, ...problem('value.missing', { field, allowed: allowed.join(', ') }) };
      return { field, ...problem('value.notAllowed', { value: String(input), allowed: allowed.join(', ') }, didYouMean(suggestion)) };
    }
    case 'unrecognized_keys': {
      const key = issue.keys[0] ?? '';
      const suggestion = closest(key, allowedKeys, 1)[0];
      const values = { key, keys: issue.keys.join(', '), allowed: allowedKeys.join(', ') };
      return {
        field: fieldName([...issue.path, key]),
        ...problem(issue.keys.length === 1 ? 'field.unknown' : 'field.unknownMany', values, didYouMean(suggestion)),
      };
    }
    case 'too_small': {
      if (issue.origin === 'array') return { field, ...problem('list.tooShort', { field, minimum: String(issue.minimum) }) };
      if (issue.origin === 'string') return { field, ...problem('text.empty', { field }) };
      return { field, ...problem('number.tooSmall', { value: String(input), minimum: String(issue.minimum) }) };
    }
    case 'invalid_format': {
      const rule = issue.format === 'regex' ? 'id.invalid' : issue.format === 'email' ? 'email.invalid' : 'url.invalid';
      return { field, ...problem(rule, { value: describeValueFirst(input) }) };
    }
    case 'custom':
      if (issue.message === CONTACT_EMPTY) return { field, ...problem('contact.noRoute') };
      if (issue.message === TARGET_BASIS_MISSING) return { field, ...problem('targetGroups.noBasis') };
      if (issue.message === DECISION_MISSING) return { field, ...problem('status.noDecision') };
      if (issue.message === DATE_INVALID) {
        if (input === undefined) return { field, ...problem('date.missing', { field }) };
        const { message, fix } = problem('date.unreadable', { value: describeValueFirst(input) });
        return { field, message, fix: dayMonthExample(input) ?? fix };
      }
      return { field, message: issue.message, fix: problemText('value.custom.fix') };
    default:
      return { field, ...problem('value.invalid', { value: describeValue(input) }) };
  }
}
