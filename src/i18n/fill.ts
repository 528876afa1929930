/**
 * Fills `{placeholders}` in a UI string; a placeholder without a value is left as it is.
 * Kept apart from `sv.json` so browser scripts can use it without carrying every string.
 * @example fill('Avsnitt {order} av {count}', { order: 2, count: 11 }) // 'Avsnitt 2 av 11'
 */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in values ? String(values[name]) : placeholder));
}
