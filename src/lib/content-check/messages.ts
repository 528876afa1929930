import type { z } from 'astro/zod';
import { problem, problemText, type ProblemKey } from '../../i18n/problems.ts';
import { CONTACT_EMPTY, DATE_INVALID, DECISION_MISSING, TARGET_BASIS_MISSING } from '../../schemas.ts';
import { dateAdvice } from './dates.ts';
import { fieldName, type ContentProblem } from './problem.ts';
import { closest } from './suggest.ts';
import type { FieldHelp } from '../field-reference.ts';

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

/** How many valid ids a message lists before it points to the field reference. */
const LISTED_IDS = 12;

type Described = Pick<ContentProblem, 'field' | 'message' | 'fix'>;

/**
 * Turns one Zod issue into a message an editor understands: what is wrong and
 * how to fix it, in Swedish. A missing field is explained with the field
 * reference's words, and a missing reference lists the ids it may name.
 * @param allowedKeys the fields the object at the issue's path accepts, for unknown-field issues.
 * @param help the field reference's entry for the issue's field.
 */
export function describeIssue(issue: Issue, allowedKeys: readonly string[] = [], help?: FieldHelp): Described {
  const described = describeOnly(issue, allowedKeys, help);
  if (!help || (issue as { input?: unknown }).input !== undefined || issue.code === 'unrecognized_keys') return described;
  const message = `${described.message} ${problemText('hint.fieldMeaning', { description: help.description })}`;
  // An enum's values are in the fix already; a reference's ids are not.
  const ids = issue.code === 'invalid_type' && help.allowed?.length ? validIds(help.allowed) : undefined;
  return { ...described, message, fix: ids ? `${described.fix} ${ids}` : described.fix };
}

function validIds(allowed: readonly string[]): string {
  const ids = allowed.slice(0, LISTED_IDS).join(', ');
  return allowed.length > LISTED_IDS
    ? problemText('hint.validIdsMore', { ids, more: allowed.length - LISTED_IDS })
    : problemText('hint.validIds', { ids });
}

function describeOnly(issue: Issue, allowedKeys: readonly string[], help: FieldHelp | undefined): Described {
  const field = fieldName(issue.path);
  // The name the editor types for a missing field; `field` says where it is.
  const key = String(issue.path.at(-1) ?? '');
  const input = (issue as { input?: unknown }).input;
  const didYouMean = (suggestion: string | undefined) => (suggestion ? problemText('hint.didYouMean', { suggestion }) : undefined);

  switch (issue.code) {
    case 'invalid_type': {
      const typeName = TYPE_NAMES[issue.expected];
      const expected = typeName ? problemText(typeName) : issue.expected;
      if (input === undefined && QUOTE_FIELDS.has(key)) {
        return { field, ...problem('basis.missing', { key }) };
      }
      if (input === undefined) return { field, ...problem('field.missing', { key, expected: help?.kind ?? expected }) };
      return { field, ...problem('type.mismatch', { expected, actual: describeValue(input) }) };
    }
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const suggestion = typeof input === 'string' ? closest(input, allowed, 1)[0] : undefined;
      if (input === undefined) return { field, ...problem('value.missing', { key, allowed: allowed.join(', ') }) };
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
        if (input === undefined) return { field, ...problem('date.missing', { key }) };
        const { fix: rewritten, hint } = dateAdvice(input);
        const { message, fix } = problem('date.unreadable', { value: describeValueFirst(input) }, hint);
        return { field, message, fix: rewritten ?? fix };
      }
      return { field, message: issue.message, fix: problemText('value.custom.fix') };
    default:
      return { field, ...problem('value.invalid', { value: describeValue(input) }) };
  }
}
