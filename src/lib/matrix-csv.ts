import { t } from '../i18n/index.ts';
import { toCsv } from './csv.ts';
import { cadenceLabel } from './cycle.ts';
import type { ResponsibilityMatrix } from './matrix.ts';
import { hasResponsible, recipientsOf } from './relations.ts';

/** What the CSV needs to name actors and cite the passages behind each row. */
export interface MatrixCsvLookups {
  /** An actor's name by id, for the recipient column. */
  actorName: (id: string) => string;
  /** A quote's text and where it comes from, by quote id. */
  quote: (id: string) => { text: string; source: string };
}

/**
 * The matrix as rows of text for a spreadsheet: a header row, then one row per
 * duty with its cadence, what it produces, who receives it, each actor's role,
 * and last the verbatim passages the roles and the cadence rest on. A duty
 * whose source names nobody responsible says so in that column.
 */
export function matrixCsvRows(matrix: ResponsibilityMatrix, lookups: MatrixCsvLookups): string[][] {
  const header = [
    t('ansvar.duty'),
    t('duty.cadence'),
    t('duty.produces'),
    t('duty.reportsTo'),
    ...matrix.columns.map((actor) => actor.data.name),
    t('basis.csv'),
  ];
  const rows = matrix.rows.map(({ duty, cells }) => {
    const quoteIds = [...new Set([...(duty.data.cadence ? [duty.data.cadence.basis] : []), ...duty.data.roles.map((item) => item.basis)])];
    const basis = [
      ...(hasResponsible(duty) ? [] : [t('basis.noResponsible')]),
      ...quoteIds.map((id) => {
        const { text, source } = lookups.quote(id);
        return `”${text}” (${source})`;
      }),
    ];
    return [
      duty.data.title,
      cadenceLabel(duty),
      duty.data.produces ? t(`product.${duty.data.produces}`) : '',
      recipientsOf(duty).map(lookups.actorName).join(', '),
      ...cells.map((role) => (role ? t(`role.${role}`) : '')),
      basis.join(' '),
    ];
  });
  return [header, ...rows];
}

/** The matrix as a CSV file for Swedish Excel (UTF-8 with BOM, semicolons). */
export function matrixCsv(matrix: ResponsibilityMatrix, lookups: MatrixCsvLookups): string {
  return toCsv(matrixCsvRows(matrix, lookups));
}
