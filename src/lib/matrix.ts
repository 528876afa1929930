import type { ActorGroup, Role } from '../schemas.ts';
import { sortActors, type Actor, type Duty } from './relations.ts';

/** The responsibility matrix: duties as rows, actors with a role as columns. */
export interface ResponsibilityMatrix {
  /** Column groups in display order, each with its actors. */
  groups: { group: ActorGroup; actors: Actor[] }[];
  /** All actor columns, flattened in display order. */
  columns: Actor[];
  /** One row per duty, in order; `cells[i]` is the role of `columns[i]`, if any. */
  rows: { duty: Duty; cells: (Role | undefined)[] }[];
}

/**
 * Builds the matrix from the duties: only actors that hold a role in some duty
 * get a column, so the matrix shows exactly the data.
 */
export function buildMatrix(duties: readonly Duty[], actors: readonly Actor[]): ResponsibilityMatrix {
  const withRole = new Set(duties.flatMap((duty) => duty.data.roles.map((r) => r.actor.id)));
  const columns = sortActors(actors.filter((actor) => withRole.has(actor.id)));
  const groups: ResponsibilityMatrix['groups'] = [];
  for (const actor of columns) {
    const last = groups.at(-1);
    if (last?.group === actor.data.group) last.actors.push(actor);
    else groups.push({ group: actor.data.group, actors: [actor] });
  }
  const rows = [...duties]
    .sort((a, b) => a.data.order - b.data.order)
    .map((duty) => ({
      duty,
      cells: columns.map((actor) => duty.data.roles.find((r) => r.actor.id === actor.id)?.role),
    }));
  return { groups, columns, rows };
}
