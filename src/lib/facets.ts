/**
 * Faceted filtering of the interventions catalogue: which facets there are,
 * how many entries each value has, and how a selection is kept in the URL.
 * Pure functions over plain data, shared by the static facet pages and the
 * filtering script on /insatser/.
 */
import type { Intervention } from './relations.ts';

/** The facets, in the order they are shown; each id is also its query parameter and its path segment (`/insatser/slag/riktad/`). */
export const facetIds = ['slag', 'malgrupp', 'ansvarig', 'partner'] as const;
export type FacetId = (typeof facetIds)[number];

/** What the filtering needs to know of an entry: its id and its values in each facet. */
export interface FacetItem {
  id: string;
  values: Record<FacetId, readonly string[]>;
}

/** An intervention's values in each facet: its kind, target groups, responsible actors and partners. */
export function interventionFacetItem(intervention: Intervention): FacetItem {
  const { kind, targetGroups, responsible, partners } = intervention.data;
  return {
    id: intervention.id,
    // Mapped here rather than with relations.ts, which the browser bundle of the catalogue must not pull in.
    values: {
      slag: [kind],
      malgrupp: targetGroups,
      ansvarig: responsible.map((item) => item.actor.id),
      partner: partners.map((item) => item.actor.id),
    },
  };
}

/** The values chosen in each facet; an empty list means the facet does not filter. */
export type FacetState = Record<FacetId, string[]>;

/** The values that exist in each facet, in display order. */
export type FacetValues = Record<FacetId, readonly string[]>;

/** A selection with nothing chosen. */
export function emptyState(): FacetState {
  return { slag: [], malgrupp: [], ansvarig: [], partner: [] };
}

/**
 * Every value that occurs in each facet, ordered by `order` (the order of the
 * schema's enum or of the actor list); values `order` does not know come last.
 */
export function facetValues(items: readonly FacetItem[], order: Partial<Record<FacetId, readonly string[]>> = {}): FacetValues {
  const result = {} as Record<FacetId, string[]>;
  for (const facet of facetIds) {
    const present = new Set(items.flatMap((item) => item.values[facet]));
    const known = order[facet] ?? [];
    result[facet] = [...known.filter((value) => present.has(value)), ...[...present].filter((value) => !known.includes(value)).sort()];
  }
  return result;
}

/** True when the item has one of the chosen values in every facet that filters (OR within a facet, AND across facets). */
export function matchesState(item: FacetItem, state: FacetState, except?: FacetId): boolean {
  return facetIds.every(
    (facet) => facet === except || state[facet].length === 0 || state[facet].some((value) => item.values[facet].includes(value)),
  );
}

/** The items the selection lets through, in their own order. */
export function filterItems<T extends FacetItem>(items: readonly T[], state: FacetState): T[] {
  return items.filter((item) => matchesState(item, state));
}

/**
 * How many items each value would show if it were chosen: the items that match
 * the selection in the other facets and have the value. With nothing chosen
 * this is simply how many items have the value.
 */
export function countValues(
  items: readonly FacetItem[],
  values: FacetValues,
  state: FacetState = emptyState(),
): Record<FacetId, Map<string, number>> {
  const counts = {} as Record<FacetId, Map<string, number>>;
  for (const facet of facetIds) {
    const others = items.filter((item) => matchesState(item, state, facet));
    counts[facet] = new Map(values[facet].map((value) => [value, others.filter((item) => item.values[facet].includes(value)).length]));
  }
  return counts;
}

/**
 * Reads a selection from a query string, keeping only values that exist, once
 * each and in display order; unknown parameters and values are ignored.
 * @example parseState('?slag=riktad&ansvarig=socialnamnden', values) // { slag: ['riktad'], ansvarig: ['socialnamnden'], … }
 */
export function parseState(search: string, values: FacetValues): FacetState {
  const params = new URLSearchParams(search);
  const state = emptyState();
  for (const facet of facetIds) {
    const chosen = new Set(params.getAll(facet).flatMap((value) => value.split(',')));
    state[facet] = values[facet].filter((value) => chosen.has(value));
  }
  return state;
}

/**
 * Writes a selection as a query string, facets and values in display order, so
 * one selection always gives one URL; an empty selection gives ''.
 * @example serializeState({ slag: ['riktad'], ansvarig: ['socialnamnden'], … }, values) // '?slag=riktad&ansvarig=socialnamnden'
 */
export function serializeState(state: FacetState, values: FacetValues): string {
  const params = new URLSearchParams();
  for (const facet of facetIds) {
    for (const value of values[facet]) if (state[facet].includes(value)) params.append(facet, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** True when nothing is chosen. */
export function isEmptyState(state: FacetState): boolean {
  return facetIds.every((facet) => state[facet].length === 0);
}
