/**
 * Fills `{placeholders}` in a UI string; a placeholder without a value is
 * left as it is, so a missing value shows instead of vanishing. Used by `t()`
 * at build time and by the search page in the browser, which has no `sv.json`.
 * @example fill('Avsnitt {order} av {count}', { order: 2, count: 11 }) // 'Avsnitt 2 av 11'
 */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in values ? String(values[name]) : placeholder));
}
