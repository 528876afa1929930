import { describe, expect, it } from 'vitest';
import { readExcelCsv } from '../../tests/support/excel-csv.ts';
import { actors, duties } from './fixtures.ts';
import { actorRows, buildMatrix, roleCount } from './matrix.ts';
import { matrixCsv, matrixCsvRows } from './matrix-csv.ts';

const matrix = buildMatrix(duties, actors);
const lookups = {
  actorName: (id: string) => actors.find((actor) => actor.id === id)!.data.name,
  quote: (id: string) => ({ text: `Citat ${id}.`, source: 'Tjänsteutlåtande, Dnr HÄ 2024/105' }),
};

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
  it('has a header of duty facts and actor names, then one row per duty with each role in words and the quotes behind them', () => {
    expect(matrixCsvRows(matrix, lookups)).toEqual([
      ['Uppgift', 'Hur ofta', 'Resultat', 'Lämnas till', 'Kommunfullmäktige', 'Stadsdelsnämnderna', 'Polisen', 'Stöd i källan'],
      [
        'Ta fram en årlig lägesbild',
        'årligen',
        'lägesbild',
        '',
        '',
        'ansvarar',
        'medverkar',
        '”Citat lagesbild.” (Tjänsteutlåtande, Dnr HÄ 2024/105)',
      ],
      [
        'Sammanställa en nulägesrapport',
        'vartannat år',
        'rapport',
        'Kommunfullmäktige',
        'tar emot',
        'medverkar',
        '',
        'Källan anger inte vem som ansvarar. ”Citat nulagesrapport.” (Tjänsteutlåtande, Dnr HÄ 2024/105)',
      ],
    ]);
  });

  it('is a file Swedish Excel opens as is, which parses back to the same rows', () => {
    const csv = matrixCsv(matrix, lookups);
    expect(csv.startsWith('\uFEFFUppgift;Hur ofta;')).toBe(true);
    expect(readExcelCsv(csv)).toEqual(matrixCsvRows(matrix, lookups));
  });
});
