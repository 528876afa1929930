import { describe, expect, it } from 'vitest';
import {
  countValues,
  emptyState,
  facetValues,
  filterItems,
  interventionFacetItem,
  isEmptyState,
  parseState,
  serializeState,
  type FacetItem,
} from './facets.ts';
import { interventions } from './fixtures.ts';

const items: FacetItem[] = [
  { id: 'a', values: { slag: ['riktad'], malgrupp: ['elever', 'barn-och-unga'], ansvarig: ['socialnamnden'], partner: ['polisen'] } },
  { id: 'b', values: { slag: ['riktad'], malgrupp: ['barn-och-unga'], ansvarig: ['stadsdelsnamnderna'], partner: [] } },
  { id: 'c', values: { slag: ['forebyggande'], malgrupp: ['elever'], ansvarig: ['stadsdelsnamnderna'], partner: ['polisen'] } },
];
const values = facetValues(items, { slag: ['forebyggande', 'riktad'], malgrupp: ['barn-och-unga', 'elever'] });

describe('facet values', () => {
  it('lists each value that occurs, in the given order, then the rest alphabetically', () => {
    expect(values).toEqual({
      slag: ['forebyggande', 'riktad'],
      malgrupp: ['barn-och-unga', 'elever'],
      ansvarig: ['socialnamnden', 'stadsdelsnamnderna'],
      partner: ['polisen'],
    });
  });

  it('reads an intervention’s kind, target groups, responsible actors and partners', () => {
    expect(interventionFacetItem(interventions[1]!)).toEqual({
      id: 'samverkansmoten-med-redex',
      values: {
        slag: ['riktad'],
        malgrupp: ['sarbara-for-rekrytering'],
        ansvarig: ['socialnamnden'],
        partner: ['redex', 'stadsdelsnamnderna'],
      },
    });
  });
});

describe('filtering and counting', () => {
  it('shows everything when nothing is chosen, and counts how many entries have each value', () => {
    expect(filterItems(items, emptyState()).map((i) => i.id)).toEqual(['a', 'b', 'c']);
    const counts = countValues(items, values);
    expect(Object.fromEntries(counts.slag)).toEqual({ forebyggande: 1, riktad: 2 });
    expect(Object.fromEntries(counts.malgrupp)).toEqual({ 'barn-och-unga': 2, elever: 2 });
    expect(Object.fromEntries(counts.partner)).toEqual({ polisen: 2 });
  });

  it('combines values in one facet with "or" and facets with "and"', () => {
    const state = { ...emptyState(), slag: ['riktad'], malgrupp: ['elever', 'barn-och-unga'] };
    expect(filterItems(items, state).map((i) => i.id)).toEqual(['a', 'b']);
    expect(filterItems(items, { ...state, partner: ['polisen'] }).map((i) => i.id)).toEqual(['a']);
  });

  it('counts each value as the number of entries choosing it would show, given the other facets', () => {
    const counts = countValues(items, values, { ...emptyState(), slag: ['riktad'] });
    // Choosing "förebyggande" too would add c: the kind facet does not narrow its own counts.
    expect(Object.fromEntries(counts.slag)).toEqual({ forebyggande: 1, riktad: 2 });
    expect(Object.fromEntries(counts.malgrupp)).toEqual({ 'barn-och-unga': 2, elever: 1 });
    expect(Object.fromEntries(counts.ansvarig)).toEqual({ socialnamnden: 1, stadsdelsnamnderna: 1 });
  });
});

describe('the selection in the URL', () => {
  it('reads facets from the query, each under its own id: slag, malgrupp, ansvarig, partner', () => {
    expect(parseState('?slag=riktad&ansvarig=socialnamnden', values)).toEqual({
      ...emptyState(),
      slag: ['riktad'],
      ansvarig: ['socialnamnden'],
    });
  });

  it('drops unknown parameters and values and keeps each value once, in display order', () => {
    expect(parseState('?malgrupp=elever&malgrupp=okand&malgrupp=barn-och-unga&malgrupp=elever&utm=x', values)).toEqual({
      ...emptyState(),
      malgrupp: ['barn-och-unga', 'elever'],
    });
  });

  it('writes one URL per selection, facets and values in display order', () => {
    const state = { ...emptyState(), ansvarig: ['socialnamnden'], slag: ['riktad', 'forebyggande'] };
    expect(serializeState(state, values)).toBe('?slag=forebyggande&slag=riktad&ansvarig=socialnamnden');
    expect(serializeState(emptyState(), values)).toBe('');
  });

  it('reads back what it writes', () => {
    const state = { ...emptyState(), malgrupp: ['barn-och-unga'], partner: ['polisen'] };
    expect(parseState(serializeState(state, values), values)).toEqual(state);
    expect(isEmptyState(state)).toBe(false);
    expect(isEmptyState(parseState('', values))).toBe(true);
  });
});
