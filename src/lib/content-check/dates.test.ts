import { describe, expect, it } from 'vitest';
import { isoDate } from '../../schemas.ts';
import { describeIssue } from './messages.ts';

/** The message and fix for `updated: <input>`. */
function explain(input: unknown): string {
  const { error } = isoDate.safeParse(input, { reportInput: true });
  const { message, fix } = describeIssue({ ...error!.issues[0]!, path: ['updated'] });
  return `${message} / ${fix}`;
}

describe('dates editors write', () => {
  it('shows the editor’s own date rewritten as YYYY-MM-DD when it can be read', () => {
    expect({
      noZeros: explain('2024-4-5'),
      slashes: explain('2024/04/05'),
      compact: explain(20240405),
      monthName: explain('5 april 2024'),
      monthShort: explain('5 apr. 2024'),
      dayFirst: explain('5/4 2024'),
      dayFirstNoYear: explain('31/1'),
      withTime: explain('2024-04-05T10:00'),
    }).toMatchInlineSnapshot(`
      {
        "compact": "Talet 20240405 är inget giltigt datum. / Skriv 2024-04-05. Datum skrivs ÅÅÅÅ-MM-DD: året, månaden och dagen med bindestreck emellan och två siffror för månad och dag.",
        "dayFirst": "Texten "5/4 2024" är inget giltigt datum. / Skriv datum som ÅÅÅÅ-MM-DD, med året först: 5/4 2024 skrivs 2024-04-05.",
        "dayFirstNoYear": "Texten "31/1" är inget giltigt datum. / Skriv datum som ÅÅÅÅ-MM-DD, med året först: 31/1 skrivs ÅÅÅÅ-01-31, t.ex. 2024-01-31.",
        "monthName": "Texten "5 april 2024" är inget giltigt datum. / Skriv datum som ÅÅÅÅ-MM-DD, med året först: 5 april 2024 skrivs 2024-04-05.",
        "monthShort": "Texten "5 apr. 2024" är inget giltigt datum. / Skriv datum som ÅÅÅÅ-MM-DD, med året först: 5 apr. 2024 skrivs 2024-04-05.",
        "noZeros": "Texten "2024-4-5" är inget giltigt datum. / Skriv 2024-04-05. Datum skrivs ÅÅÅÅ-MM-DD: året, månaden och dagen med bindestreck emellan och två siffror för månad och dag.",
        "slashes": "Texten "2024/04/05" är inget giltigt datum. / Skriv 2024-04-05. Datum skrivs ÅÅÅÅ-MM-DD: året, månaden och dagen med bindestreck emellan och två siffror för månad och dag.",
        "withTime": "Texten "2024-04-05T10:00" är inget giltigt datum. / Skriv bara datumet, utan klockslag: 2024-04-05.",
      }
    `);
  });

  it('says which part of a date that does not exist is wrong', () => {
    expect({
      day: explain('2024-04-31'),
      leapDay: explain('2023-02-29'),
      month: explain('2024-13-01'),
      monthName: explain('31 juni 2024'),
    }).toMatchInlineSnapshot(`
      {
        "day": "Texten "2024-04-31" är inget giltigt datum. / Dag 31 finns inte i april 2024, som har 30 dagar. Skriv datum som ÅÅÅÅ-MM-DD med ett datum som finns, t.ex. 2024-04-25.",
        "leapDay": "Texten "2023-02-29" är inget giltigt datum. / Dag 29 finns inte i februari 2023, som har 28 dagar. Skriv datum som ÅÅÅÅ-MM-DD med ett datum som finns, t.ex. 2024-04-25.",
        "month": "Texten "2024-13-01" är inget giltigt datum. / Månad 13 finns inte: månaderna är 01–12. Skriv datum som ÅÅÅÅ-MM-DD med ett datum som finns, t.ex. 2024-04-25.",
        "monthName": "Texten "31 juni 2024" är inget giltigt datum. / Dag 31 finns inte i juni 2024, som har 30 dagar. Skriv datum som ÅÅÅÅ-MM-DD med ett datum som finns, t.ex. 2024-04-25.",
      }
    `);
  });

  it('falls back to the general example when nothing can be read', () => {
    expect(explain('nästa vecka')).toMatchInlineSnapshot(
      `"Texten "nästa vecka" är inget giltigt datum. / Skriv datum som ÅÅÅÅ-MM-DD med ett datum som finns, t.ex. 2024-04-25."`,
    );
  });
});
