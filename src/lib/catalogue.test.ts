import { describe, expect, it } from 'vitest';
import { buildCatalogue, facetPageTitle } from './catalogue.ts';
import { actors, interventions } from './fixtures.ts';

describe('the interventions catalogue', () => {
  const catalogue = buildCatalogue(interventions, actors);
  const facet = (id: string) => catalogue.facets.find((f) => f.facet === id)!;

  it('shows each facet value with a label, its count and its static page', () => {
    expect(facet('slag').values).toEqual([
      {
        value: 'riktad',
        label: 'Riktade sociala insatser',
        inSentence: 'riktade sociala insatser',
        count: 2,
        path: '/insatser/slag/riktad/',
      },
    ]);
    expect(facet('partner').values.map((v) => [v.label, v.count, v.path])).toEqual([
      ['Stadsdelsnämnderna', 1, '/insatser/partner/stadsdelsnamnderna/'],
      ['Polisen', 1, '/insatser/partner/polisen/'],
      ['Redex', 1, '/insatser/partner/redex/'],
    ]);
  });

  it('names each facet page in a sentence', () => {
    const value = (id: string, v: string) => facet(id).values.find((x) => x.value === v)!;
    expect(facetPageTitle('slag', value('slag', 'riktad'))).toBe('Insatser: riktade sociala insatser');
    expect(facetPageTitle('malgrupp', value('malgrupp', 'barn-och-unga'))).toBe('Insatser för barn och unga');
    expect(facetPageTitle('ansvarig', value('ansvarig', 'socialnamnden'))).toBe('Insatser som Socialnämnden ansvarar för');
    expect(facetPageTitle('partner', value('partner', 'polisen'))).toBe('Insatser där Polisen medverkar');
  });
});
