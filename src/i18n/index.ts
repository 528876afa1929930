import strings from './sv.json' with { type: 'json' };

/** A key of the Swedish UI strings in `sv.json`. */
export type StringKey = keyof typeof strings;

/**
 * Looks up a UI string and fills in `{placeholders}`.
 * @example t('section.order', { order: 2, count: 11 }) // 'Avsnitt 2 av 11'
 */
export function t(key: StringKey, values: Record<string, string | number> = {}): string {
  return strings[key].replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in values ? String(values[name]) : placeholder));
}
