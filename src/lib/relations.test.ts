import { describe, expect, it } from 'vitest';
import { actors, duties, interventions, sections } from './fixtures.ts';
import { buildMatrix } from './matrix.ts';
import {
  actorLineage,
  dutiesOfActor,
  externalPartnersOf,
  hasResponsible,
  interventionsOfActor,
  membersOf,
  recipientsOf,
  sectionsOfActor,
  sectionsOfIntervention,
} from './relations.ts';

describe('actor relations', () => {
  it('knows which group a stadsdelsnämnd belongs to', () => {
    expect(actorLineage(actors, 'bromma')).toEqual(['bromma', 'stadsdelsnamnderna']);
    expect(membersOf(actors, 'stadsdelsnamnderna').map((a) => a.id)).toEqual(['bromma']);
  });

  it('gives each stadsdelsnämnd the duties of the group, in matrix order, saying through which group', () => {
    expect(dutiesOfActor(duties, actors, 'bromma')).toEqual([
      { duty: duties[1], role: 'ansvarar', basis: 'lagesbild', via: 'stadsdelsnamnderna' },
      { duty: duties[0], role: 'medverkar', basis: 'nulagesrapport', via: 'stadsdelsnamnderna' },
    ]);
  });

  it('gives an actor without any role no duties', () => {
    expect(dutiesOfActor(duties, actors, 'socialnamnden')).toEqual([]);
  });

  it('splits interventions into those the actor runs and those it takes part in', () => {
    const { responsible, partner } = interventionsOfActor(interventions, actors, 'bromma');
    expect(responsible.map((i) => i.id)).toEqual(['sociala-insatsgrupper']);
    expect(partner.map((i) => i.id)).toEqual(['samverkansmoten-med-redex']);
  });

  it('lists the sections that name the actor or its group, in reading order', () => {
    expect(sectionsOfActor(sections, actors, 'bromma').map((s) => s.id)).toEqual(['riktade-sociala-insatser', 'uppfoljning']);
    expect(sectionsOfIntervention(sections, 'sociala-insatsgrupper').map((s) => s.id)).toEqual(['riktade-sociala-insatser']);
  });

  it('finds the external partners an actor shares duties or interventions with', () => {
    expect(externalPartnersOf(actors, duties, interventions, 'bromma').map((a) => a.id)).toEqual(['polisen', 'redex']);
  });
});

describe('buildMatrix', () => {
  const matrix = buildMatrix(duties, actors);

  it('has a column for each actor with a role, grouped, city leadership first', () => {
    expect(matrix.columns.map((a) => a.id)).toEqual(['kommunfullmaktige', 'stadsdelsnamnderna', 'polisen']);
    expect(matrix.groups.map((g) => g.group)).toEqual(['stadsledning', 'stadsdelsnamnd', 'extern']);
  });

  it('has one row per duty in order, with every role in its cell', () => {
    expect(matrix.rows.map((r) => r.duty.id)).toEqual(['arlig-lagesbild', 'nulagesrapport']);
    expect(matrix.rows[0]!.cells).toEqual([undefined, 'ansvarar', 'medverkar']);
    expect(matrix.rows[1]!.cells).toEqual(['tar-emot', 'medverkar', undefined]);
  });
});

describe('what a duty’s roles say', () => {
  it('names the actors a result is handed to: those with the role tar-emot', () => {
    expect(recipientsOf(duties[0]!)).toEqual(['kommunfullmaktige']);
    expect(recipientsOf(duties[1]!)).toEqual([]);
  });

  it('knows whether the source names anyone responsible, so the page can say when it does not', () => {
    expect(hasResponsible(duties[1]!)).toBe(true);
    expect(hasResponsible(duties[0]!)).toBe(false);
  });
});
