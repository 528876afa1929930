import type { ActorEntry, SiteData } from './collections.ts';
import { buildMatrix, type ResponsibilityMatrix } from './matrix.ts';
import type { MatrixCsvLookups } from './matrix-csv.ts';
import { membersOf } from './relations.ts';

/** The matrix as the site shows it, with the members of each group actor that have no column of their own. */
export interface MatrixView {
  matrix: ResponsibilityMatrix;
  members: Record<string, ActorEntry[]>;
}

/**
 * Builds the matrix the page, the cards and the CSV file share. A group's
 * members are listed with it (the 11 stadsdelsnämnder under Stadsdelsnämnderna)
 * unless they hold roles of their own.
 */
export function matrixView(data: Pick<SiteData, 'duties' | 'actors'>): MatrixView {
  const matrix = buildMatrix(data.duties, data.actors);
  const members: Record<string, ActorEntry[]> = {};
  for (const actor of matrix.columns) {
    const own = membersOf(data.actors, actor.id).filter((member) => !matrix.columns.includes(member));
    if (own.length > 0) members[actor.id] = own;
  }
  return { matrix, members };
}

/** How the CSV file names actors and cites the quotes behind each row, from the site's data. */
export function matrixCsvLookups(data: Pick<SiteData, 'actor' | 'quote'>): MatrixCsvLookups {
  return {
    actorName: (id) => data.actor(id).data.name,
    quote: (id) => {
      const { text, document } = data.quote(id);
      return { text, source: [document.data.title, document.data.designation].filter(Boolean).join(', ') };
    },
  };
}
