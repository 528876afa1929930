import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';
import { actors, duties } from './fixtures.ts';
import { actorRows, buildMatrix, roleCount } from './matrix.ts';
import { matrixCsv, matrixCsvRows } from './matrix-csv.ts';

const matrix = buildMatrix(duties, actors);
const actorName = (id: string) => actors.find((actor) => actor.id === id)!.data.name;

describe('the matrix seen per actor', () => {
  it('gives each actor with a role a row of its roles in duty order, grouped like the columns', () => {
    expect(actorRows(matrix).map(({ group, rows }) => [group, rows.map((row) => [row.actor.id, row.cells])])).toEqual([
      ['stadsledning', [['kommunfullmaktige', [undefined, 'tar-emot']]]],
      ['stadsdelsnamnd', [['stadsdelsnamnderna', ['ansvarar', 'medverkar']]]],
      ['extern', [['polisen', ['medverkar', undefined]]]],
    ]);
  });

  it('counts every role assignment in the duties as one cell', () => {
    const assignments = duties.reduce((sum, duty) => sum + duty.data.roles.length, 0);
    expect(roleCount(matrix)).toBe(assignments);
  });
});

describe('the matrix as CSV', () => {
  it('has a header of duty facts and actor names, then one row per duty with each role in words', () => {
    expect(matrixCsvRows(matrix, actorName)).toEqual([
      ['Uppgift', 'Hur ofta', 'Resultat', 'Lämnas till', 'Kommunfullmäktige', 'Stadsdelsnämnderna', 'Polisen'],
      ['Ta fram en årlig lägesbild', 'årligen', 'lägesbild', '', '', 'ansvarar', 'medverkar'],
      ['Sammanställa en nulägesrapport', 'vartannat år', 'rapport', 'Kommunfullmäktige', 'tar emot', 'medverkar', ''],
    ]);
  });

  it('is a file Swedish Excel opens as is, which parses back to the same rows', () => {
    const csv = matrixCsv(matrix, actorName);
    expect(csv.startsWith('\uFEFFUppgift;Hur ofta;')).toBe(true);
    expect(parseCsv(csv)).toEqual(matrixCsvRows(matrix, actorName));
  });
});
