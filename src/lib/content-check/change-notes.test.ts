import { describe, expect, it } from 'vitest';
import { formatProblems } from './problem.ts';
import { checkFixtureEntries, contentWith } from './test-content.ts';

/** The report for the fixture content with `malformed` laid over it, checked on a fixed day. */
const reportOn = (today: string, malformed: string) =>
  formatProblems(checkFixtureEntries(contentWith(malformed), new Date(today)).problems);

describe('change notes for readers', () => {
  it('rejects a note whose date does not exist, and says which part is wrong', () => {
    expect(reportOn('2026-11-30T12:00:00Z', 'malformed-change-date')).toMatchInlineSnapshot(`
      "Innehållet har 1 fel. Bygget stoppas tills det är rättat.

      content/riktlinjer/inledning.mdx:14 — date i punkt 2 under changes: Texten "2026-11-31" är inget giltigt datum.
        Så rättar du: Dag 31 finns inte i november 2026, som har 30 dagar. Skriv datum som ÅÅÅÅ-MM-DD med ett datum som finns, t.ex. 2024-04-25.
      "
    `);
  });

  it('rejects a note dated after today in Stockholm, and names both days', () => {
    expect(reportOn('2026-11-30T12:00:00Z', 'malformed-change-future')).toMatchInlineSnapshot(`
      "Innehållet har 1 fel. Bygget stoppas tills det är rättat.

      content/riktlinjer/inledning.mdx:11 — date i punkt 1 under changes: Ändringen har datumet 2026-12-01, som ligger efter i dag (2026-11-30).
        Så rättar du: En ändring får det datum då den publiceras, i dag eller tidigare: läsarna och nyhetsflödet ser den från och med bygget. Skriv dagens datum, 2026-11-30, eller det datum då ändringen gjordes.
      "
    `);
  });

  it('takes today as the day in Stockholm: at 23:30 UTC on 30 November it is already 1 December there', () => {
    expect(checkFixtureEntries(contentWith('malformed-change-future'), new Date('2026-11-30T23:30:00Z')).problems).toEqual([]);
    expect(checkFixtureEntries(contentWith('malformed-change-future'), new Date('2026-11-30T22:59:00Z')).problems).toHaveLength(1);
  });

  it('rejects a heading that is not on the page, with the nearest anchor or the page’s headings', () => {
    expect(reportOn('2026-11-30T12:00:00Z', 'malformed-change-heading')).toMatchInlineSnapshot(`
      "Innehållet har 3 fel. Bygget stoppas tills alla är rättade.

      content/ansvar/arlig-lagesbild.mdx:20 — heading i punkt 1 under changes: Sidan /ansvar/arlig-lagesbild/ har inga rubriker, så ankaret #vem-gor-vad finns inte där.
        Så rättar du: Ta bort raden med heading: ändringen gäller då hela sidan.

      content/riktlinjer/inledning.mdx:13 — heading i punkt 1 under changes: Sidan /riktlinjer/inledning/ har ingen rubrik med ankaret #mal.
        Så rättar du: Menade du "mål"? Skriv ankaret för den rubrik i filen som ändringen gäller: rubriktexten med små bokstäver och bindestreck i stället för mellanslag ("## Vad lagen kräver" blir vad-lagen-kräver). Gäller ändringen hela sidan, ta bort raden med heading.

      content/riktlinjer/inledning.mdx:16 — heading i punkt 2 under changes: Sidan /riktlinjer/inledning/ har ingen rubrik med ankaret #uppfoljning.
        Så rättar du: Sidans rubriker har de här ankarna: mål. Skriv ankaret för den rubrik i filen som ändringen gäller: rubriktexten med små bokstäver och bindestreck i stället för mellanslag ("## Vad lagen kräver" blir vad-lagen-kräver). Gäller ändringen hela sidan, ta bort raden med heading.
      "
    `);
  });
});
