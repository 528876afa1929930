/**
 * The interventions catalogue as the pages show it: every facet with its
 * values, their labels, counts and static pages. Built from the same pure
 * facet logic (`facets.ts`) as the filtering script.
 */
import { t } from '../i18n/index.ts';
import { interventionKinds, targetGroups, type InterventionKind, type TargetGroup } from '../schemas.ts';
import { countValues, facetIds, facetValues, interventionFacetItem, type FacetId, type FacetItem, type FacetValues } from './facets.ts';
import { capitalize } from './format.ts';
import { paths } from './paths.ts';
import type { Actor, Intervention } from './relations.ts';

/** One value of a facet, ready to show. */
export interface FacetValueView {
  value: string;
  /** As it starts a line: "Riktade sociala insatser", "Barn och unga", "Socialnämnden". */
  label: string;
  /** As it reads inside a sentence: "riktade sociala insatser", "barn och unga", "Socialnämnden". */
  inSentence: string;
  /** How many interventions have the value. */
  count: number;
  /** The static page of the interventions with the value. */
  path: string;
}

/** A facet with its heading and values. */
export interface FacetView {
  facet: FacetId;
  label: string;
  values: FacetValueView[];
}

/** Everything the catalogue and the facet pages need. */
export interface Catalogue {
  items: FacetItem[];
  values: FacetValues;
  facets: FacetView[];
}

/**
 * Builds the catalogue from the interventions, with actors in list order.
 * @param actors every actor, sorted for display; gives the order and names of actor values.
 */
export function buildCatalogue(interventions: readonly Intervention[], actors: readonly Actor[]): Catalogue {
  const items = interventions.map(interventionFacetItem);
  const actorOrder = actors.map((actor) => actor.id);
  const values = facetValues(items, { slag: interventionKinds, malgrupp: targetGroups, ansvarig: actorOrder, partner: actorOrder });
  const counts = countValues(items, values);
  const actorName = (id: string) => actors.find((actor) => actor.id === id)?.data.name ?? id;
  const inSentence = (facet: FacetId, value: string): string => {
    if (facet === 'slag') return t(`kind.${value as InterventionKind}`).toLocaleLowerCase('sv-SE');
    if (facet === 'malgrupp') return t(`target.${value as TargetGroup}`);
    return actorName(value);
  };
  // A facet no intervention has a value in (today: responsible actors, which the source never names) is left out.
  const facets = facetIds
    .filter((facet) => values[facet].length > 0)
    .map((facet) => ({
      facet,
      label: t(`facet.${facet}`),
      values: values[facet].map((value) => ({
        value,
        label: capitalize(inSentence(facet, value)),
        inSentence: inSentence(facet, value),
        count: counts[facet].get(value) ?? 0,
        path: paths.interventionFacet(facet, value),
      })),
    }));
  return { items, values, facets };
}

/**
 * The heading of a facet value's page.
 * @example facetPageTitle('malgrupp', 'elever') // 'Insatser för elever'
 */
export function facetPageTitle(facet: FacetId, value: FacetValueView): string {
  return t(`facet.title.${facet}`, { value: value.inSentence });
}
