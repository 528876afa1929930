import { describe, expect, it } from 'vitest';
import type { DutyData } from '../schemas.ts';
import { buildCycle, cycleFlows } from './cycle.ts';
import type { Duty } from './relations.ts';

const updated = new Date('2026-11-26T00:00:00Z');
const actor = (id: string) => ({ collection: 'aktorer' as const, id });
/** A role as the schema writes it; the quote id is not read by the cycle logic. */
const role = (id: string, name: DutyData['roles'][number]['role']) => ({ actor: actor(id), role: name, basis: 'citat' });
const every = (value: 'arligen' | 'vartannat-ar' | 'lopande') => ({ value, basis: 'citat' });
const duty = (id: string, order: number, data: Partial<DutyData>): Duty => ({
  id,
  data: {
    title: id,
    order,
    cadence: every('arligen'),
    basedOn: [],
    roles: [],
    sources: [{ collection: 'dokument', id: 'remiss' }],
    updated,
    changes: [],
    ...data,
  },
});

const duties: Duty[] = [
  duty('nulagesrapport', 11, {
    cadence: every('vartannat-ar'),
    produces: 'rapport',
    basedOn: [{ collection: 'ansvar', id: 'rapportera' }],
    roles: [role('kommunfullmaktige', 'tar-emot'), role('kommunstyrelsen', 'ansvarar')],
  }),
  duty('atgardsplaner', 5, {
    produces: 'atgardsplan',
    basedOn: [{ collection: 'ansvar', id: 'lagesbild' }],
    roles: [role('sdn', 'ansvarar')],
  }),
  duty('lagesbild', 6, { produces: 'lagesbild', roles: [role('sdn', 'ansvarar'), role('polisen', 'medverkar')] }),
  duty('handlingsplaner', 7, { cadence: every('vartannat-ar'), produces: 'handlingsplan', roles: [role('socialnamnden', 'ansvarar')] }),
  duty('rapportera', 10, { produces: 'underlag', roles: [role('sdn', 'ansvarar'), role('kommunstyrelsen', 'tar-emot')] }),
  duty('stodstruktur', 9, { cadence: undefined }),
  duty('leda', 1, { cadence: every('lopande'), roles: [role('kommunstyrelsen', 'ansvarar')] }),
];

describe('the annual cycle', () => {
  const cycle = buildCycle(duties);

  it('groups the duties by how often they recur, every year first, those whose source gives no cadence last, leaving out cadences no duty has', () => {
    expect(cycle.map((phase) => [phase.cadence, phase.steps.map((step) => step.duty.id)])).toEqual([
      ['arligen', ['lagesbild', 'atgardsplaner', 'rapportera']],
      ['vartannat-ar', ['handlingsplaner', 'nulagesrapport']],
      ['lopande', ['leda']],
      ['anges-inte', ['stodstruktur']],
    ]);
  });

  it('puts a duty after the one it builds on, even when the matrix orders them the other way', () => {
    const yearly = cycle[0]!.steps.map((step) => step.duty.id);
    expect(yearly.indexOf('lagesbild')).toBeLessThan(yearly.indexOf('atgardsplaner'));
  });

  it('says who holds each role, strongest role first, and which duties each builds on and feeds', () => {
    const report = cycle[1]!.steps[1]!;
    expect(report.roles).toEqual([
      { role: 'ansvarar', actors: ['kommunstyrelsen'] },
      { role: 'tar-emot', actors: ['kommunfullmaktige'] },
    ]);
    expect(report.basedOn.map((d) => d.id)).toEqual(['rapportera']);
    expect(cycle[0]!.steps[2]!.feeds.map((d) => d.id)).toEqual(['nulagesrapport']);
  });
});

describe('the flows of results', () => {
  it('follows each chain of results to whom the last is handed, shows other results on their own, yearly first', () => {
    expect(cycleFlows(duties).map((flow) => [flow.steps.map((d) => d.id), flow.recipient])).toEqual([
      [['lagesbild', 'atgardsplaner'], undefined],
      [['rapportera', 'nulagesrapport'], 'kommunfullmaktige'],
      [['handlingsplaner'], undefined],
    ]);
  });

  it('stops at a loop instead of following it for ever', () => {
    const loop = [
      duty('a', 1, { produces: 'underlag', basedOn: [{ collection: 'ansvar', id: 'b' }] }),
      duty('b', 2, { produces: 'underlag', basedOn: [{ collection: 'ansvar', id: 'a' }] }),
    ];
    expect(buildCycle(loop)[0]!.steps.map((step) => step.duty.id)).toEqual(['b', 'a']);
    expect(cycleFlows(loop).map((flow) => flow.steps.map((d) => d.id))).toEqual([['a'], ['b']]);
  });
});
