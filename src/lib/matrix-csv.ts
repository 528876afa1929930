import { t } from '../i18n/index.ts';
import { toCsv } from './csv.ts';
import type { ResponsibilityMatrix } from './matrix.ts';

/**
 * The matrix as rows of text for a spreadsheet: a header row, then one row per
 * duty with its cadence, what it produces, who receives it and each actor's role.
 * @param actorName the name of an actor by id, for the recipient column.
 */
export function matrixCsvRows(matrix: ResponsibilityMatrix, actorName: (id: string) => string): string[][] {
  const header = [t('ansvar.duty'), t('duty.cadence'), t('duty.produces'), t('duty.reportsTo'), ...matrix.columns.map((actor) => actor.data.name)];
  const rows = matrix.rows.map(({ duty, cells }) => [
    duty.data.title,
    t(`cadence.${duty.data.cadence}`),
    duty.data.produces ? t(`product.${duty.data.produces}`) : '',
    duty.data.reportsTo ? actorName(duty.data.reportsTo.id) : '',
    ...cells.map((role) => (role ? t(`role.${role}`) : '')),
  ]);
  return [header, ...rows];
}

/** The matrix as a CSV file for Swedish Excel (UTF-8 with BOM, semicolons). */
export function matrixCsv(matrix: ResponsibilityMatrix, actorName: (id: string) => string): string {
  return toCsv(matrixCsvRows(matrix, actorName));
}
