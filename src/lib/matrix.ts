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

/** One actor's row of the matrix: its role in each duty, in duty order. */
export interface ActorRow<A extends Actor = Actor> {
  actor: A;
  /** `cells[i]` is the actor's role in `matrix.rows[i].duty`, if any. */
  cells: (Role | undefined)[];
}

/**
 * The matrix turned on its side, one row per actor and grouped like the
 * columns: the shape of the wide table and of the per-actor cards.
 */
export function actorRows(matrix: ResponsibilityMatrix): { group: ActorGroup; rows: ActorRow[] }[] {
  return matrix.groups.map(({ group, actors }) => ({
    group,
    rows: actors.map((actor) => {
      const column = matrix.columns.indexOf(actor);
      return { actor, cells: matrix.rows.map((row) => row.cells[column]) };
    }),
  }));
}

/** The number of cells that hold a role: every role assignment in the duties. */
export function roleCount(matrix: ResponsibilityMatrix): number {
  return matrix.rows.reduce((sum, row) => sum + row.cells.filter(Boolean).length, 0);
}
