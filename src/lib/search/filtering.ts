/**
 * The search page's filters, applied to the merged results of all the
 * queries it ran: each filter value knows its pages, so the number beside a
 * value is exactly the number of results that choosing it shows.
 */

/** For each filter and value, the ids of the pages that carry it, e.g. `{ typ: { insats: Set{…} } }`. */
export type FilterMembers = Record<string, Record<string, ReadonlySet<string>>>;

/** The results that carry every selected filter value. */
export function applyFilters<T extends { id: string }>(
  results: readonly T[],
  selected: Readonly<Record<string, string>>,
  members: FilterMembers,
): T[] {
  const sets = Object.entries(selected).map(([key, value]) => members[key]?.[value] ?? new Set<string>());
  return results.filter((result) => sets.every((set) => set.has(result.id)));
}

/**
 * For each filter value, how many results choosing it would show: the other
 * filters stay as selected, this filter takes the value.
 * @example filterCounts([{ id: 'a' }], {}, { typ: { insats: new Set(['a']) } }) // { typ: { insats: 1 } }
 */
export function filterCounts(
  results: readonly { id: string }[],
  selected: Readonly<Record<string, string>>,
  members: FilterMembers,
): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const [key, values] of Object.entries(members)) {
    const others = Object.fromEntries(Object.entries(selected).filter(([other]) => other !== key));
    const base = applyFilters(results, others, members);
    counts[key] = Object.fromEntries(
      Object.entries(values).map(([value, ids]) => [value, base.filter((result) => ids.has(result.id)).length]),
    );
  }
  return counts;
}
