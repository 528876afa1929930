/**
 * How actors, duties, interventions and guideline sections relate. Pure
 * functions over collection entries, so every view derives from the same data.
 */
import { actorGroups, type ActorData, type DutyData, type InterventionData, type Role, type SectionData } from '../schemas.ts';
import { compareSwedish } from './format.ts';

/** A collection entry as Astro returns it, reduced to what the logic needs. */
export interface Entry<T> {
  id: string;
  data: T;
}
export type Actor = Entry<ActorData>;
export type Duty = Entry<DutyData>;
export type Intervention = Entry<InterventionData>;
export type Section = Entry<SectionData>;

/** The actor and every group it is part of, nearest first: `['bromma', 'stadsdelsnamnderna']`. */
export function actorLineage(actors: readonly Actor[], actorId: string): string[] {
  const lineage: string[] = [];
  let current = actors.find((actor) => actor.id === actorId);
  while (current && !lineage.includes(current.id)) {
    lineage.push(current.id);
    const parentId = current.data.partOf?.id;
    current = parentId ? actors.find((actor) => actor.id === parentId) : undefined;
  }
  return lineage;
}

/** The actors that are part of `groupId`. */
export function membersOf<A extends Actor>(actors: readonly A[], groupId: string): A[] {
  return actors.filter((actor) => actor.data.partOf?.id === groupId);
}

/** The actor ids of a list of assignments (`responsible`, `partners`, `roles`). */
export const assignedActors = (assignments: readonly { actor: { id: string } }[]): string[] => assignments.map((item) => item.actor.id);

/** The actors a duty's result is handed to: those with the role `tar-emot`. */
export const recipientsOf = (duty: Duty): string[] => assignedActors(duty.data.roles.filter((item) => item.role === 'tar-emot'));

/** True when a source names an actor that is responsible for the duty; otherwise the site says that it does not. */
export const hasResponsible = (duty: Duty): boolean => duty.data.roles.some((item) => item.role === 'ansvarar');

/** A duty seen from one actor: its role, the quote that states it, and the group it holds the role through, if any. */
export interface ActorDuty<D extends Duty = Duty> {
  duty: D;
  role: Role;
  /** The id of the quote that states the role. */
  basis: string;
  /** The group actor the role was given to, when not given to the actor itself. */
  via?: string;
}

/**
 * An actor's duties, in matrix order. A role given to a group applies to each
 * member: Bromma stadsdelsnämnd gets the duties of `stadsdelsnamnderna`.
 */
export function dutiesOfActor<D extends Duty>(duties: readonly D[], actors: readonly Actor[], actorId: string): ActorDuty<D>[] {
  const lineage = actorLineage(actors, actorId);
  return [...duties]
    .sort((a, b) => a.data.order - b.data.order)
    .flatMap((duty) => {
      for (const holder of lineage) {
        const assignment = duty.data.roles.find((r) => r.actor.id === holder);
        if (assignment) {
          const { role, basis } = assignment;
          return [holder === actorId ? { duty, role, basis } : { duty, role, basis, via: holder }];
        }
      }
      return [];
    });
}

/** Interventions an actor (or a group it is part of) runs, and those it takes part in. */
export function interventionsOfActor<I extends Intervention>(
  interventions: readonly I[],
  actors: readonly Actor[],
  actorId: string,
): { responsible: I[]; partner: I[] } {
  const lineage = actorLineage(actors, actorId);
  const names = (assignments: readonly { actor: { id: string } }[]) => assignedActors(assignments).some((id) => lineage.includes(id));
  return {
    responsible: interventions.filter((i) => names(i.data.responsible)),
    partner: interventions.filter((i) => !names(i.data.responsible) && names(i.data.partners)),
  };
}

/** Guideline sections that name the actor or a group it is part of, in reading order. */
export function sectionsOfActor<S extends Section>(sections: readonly S[], actors: readonly Actor[], actorId: string): S[] {
  const lineage = actorLineage(actors, actorId);
  return sortSections(sections.filter((s) => s.data.actors.some((ref) => lineage.includes(ref.id))));
}

/** Guideline sections that describe the intervention, in reading order. */
export function sectionsOfIntervention<S extends Section>(sections: readonly S[], interventionId: string): S[] {
  return sortSections(sections.filter((s) => s.data.interventions.some((ref) => ref.id === interventionId)));
}

/**
 * External actors the actor works with: those that share a duty or an
 * intervention with it, in list order.
 */
export function externalPartnersOf<A extends Actor>(
  actors: readonly A[],
  duties: readonly Duty[],
  interventions: readonly Intervention[],
  actorId: string,
): A[] {
  const lineage = actorLineage(actors, actorId);
  const together = new Set<string>();
  for (const duty of duties) {
    const ids = assignedActors(duty.data.roles);
    if (ids.some((id) => lineage.includes(id))) ids.forEach((id) => together.add(id));
  }
  for (const intervention of interventions) {
    const ids = assignedActors([...intervention.data.responsible, ...intervention.data.partners]);
    if (ids.some((id) => lineage.includes(id))) ids.forEach((id) => together.add(id));
  }
  return sortActors(actors.filter((a) => a.data.group === 'extern' && together.has(a.id) && !lineage.includes(a.id)));
}

/** Sections in reading order. */
export function sortSections<T extends Section>(sections: readonly T[]): T[] {
  return [...sections].sort((a, b) => a.data.order - b.data.order);
}

/** Actors in list order: by group (city leadership first), groups before their members, then by name. */
export function sortActors<T extends Actor>(actors: readonly T[]): T[] {
  const rank = (actor: Actor) => actorGroups.indexOf(actor.data.group);
  return [...actors].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      Number(Boolean(a.data.partOf && a.data.group !== 'stadsledning')) -
        Number(Boolean(b.data.partOf && b.data.group !== 'stadsledning')) ||
      compareSwedish(a.data.name, b.data.name),
  );
}
