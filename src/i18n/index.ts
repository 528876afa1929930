import { fill } from './fill.ts';
import strings from './sv.json' with { type: 'json' };

/** A key of the Swedish UI strings in `sv.json`. */
export type StringKey = keyof typeof strings;

/**
 * Looks up a UI string and fills in `{placeholders}`.
 * @example t('section.order', { order: 2, count: 11 }) // 'Avsnitt 2 av 11'
 */
export function t(key: StringKey, values: Record<string, string | number> = {}): string {
  return fill(strings[key], values);
}
