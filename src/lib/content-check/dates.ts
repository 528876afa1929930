/**
 * Reads a date an editor wrote in another form than `YYYY-MM-DD`, so that the
 * message shows the editor's own date rewritten (`2024-4-5`, `2024/04/05`,
 * `20240405`, `5 april 2024`, `31/1`, a date with a time), or says which part
 * of a date that does not exist is wrong (`2024-04-31`).
 */
import { problemText } from '../../i18n/problems.ts';

// Swedish month names from Intl, so that `5 apr 2024` and `5 april 2024` read without a word list of our own.
const monthFormat = new Intl.DateTimeFormat('sv-SE', { month: 'long', timeZone: 'UTC' });
const monthName = (month: number) => monthFormat.format(Date.UTC(2024, month - 1, 1));
const MONTH_NAMES = Array.from({ length: 12 }, (_, index) => monthName(index + 1));

/** A date as the editor wrote it, in its parts; `dayFirst` when the day comes before the month. */
interface WrittenDate {
  year?: number;
  month: number;
  day: number;
  dayFirst: boolean;
}

/** The date forms editors write, each read into its parts. */
const FORMS: [RegExp, (parts: string[]) => WrittenDate | undefined][] = [
  // 2024-4-5, 2024/04/05, 2024.04.05
  [/^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/, ([year, , month, day]) => ({ year: +year!, month: +month!, day: +day!, dayFirst: false })],
  // 20240405
  [/^(\d{4})(\d{2})(\d{2})$/, ([year, month, day]) => ({ year: +year!, month: +month!, day: +day!, dayFirst: false })],
  // 31/1, 31/1 2024, 31.1.2024
  [
    /^(\d{1,2})[/.-](\d{1,2})(?:[/.\- ]+(\d{4}))?$/,
    ([day, month, year]) => ({ year: year ? +year : undefined, month: +month!, day: +day!, dayFirst: true }),
  ],
  // 5 april 2024, 5 apr. 2024, 5 april
  [
    /^(\d{1,2})\.?\s*(\p{L}{3,})\.?,?(?:\s+(\d{4}))?$/u,
    ([day, word, year]) => {
      const month = MONTH_NAMES.findIndex((name) => name.startsWith(word!.toLocaleLowerCase('sv-SE'))) + 1;
      return month ? { year: year ? +year : undefined, month, day: +day!, dayFirst: true } : undefined;
    },
  ],
];

/** A time after the date: `T10:00`, ` 10.30`, `T10:00:00Z`. */
const TIME = /[T ]+\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

function readDate(text: string): WrittenDate | undefined {
  for (const [pattern, read] of FORMS) {
    const match = pattern.exec(text);
    if (match) return read(match.slice(1));
  }
  return undefined;
}

const pad = (value: number) => String(value).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * How to fix a value that is not a real date written `YYYY-MM-DD`: the
 * editor's date rewritten (`fix`, instead of the general one), or which part
 * does not exist (`hint`, before the general fix); neither when nothing can be
 * read. A date without a year is shown with `ÅÅÅÅ` for the year.
 * @example dateAdvice('2024-4-5').fix // 'Skriv 2024-04-05. Datum skrivs ÅÅÅÅ-MM-DD: …'
 * @example dateAdvice('2024-04-31').hint // 'Dag 31 finns inte i april 2024, som har 30 dagar.'
 */
export function dateAdvice(input: unknown): { fix?: string; hint?: string } {
  const text = typeof input === 'string' || typeof input === 'number' ? String(input).trim() : '';
  const time = TIME.exec(text);
  const written = readDate(time ? text.slice(0, time.index) : text);
  if (!written) return {};
  const { year, month, day } = written;
  if (month < 1 || month > 12) return { hint: problemText('date.noSuchMonth', { month: pad(month) }) };
  // Without a year, 29 February may be meant for a leap year.
  const days = daysIn(year ?? 2024, month);
  if (day < 1 || day > days) {
    return { hint: problemText('date.noSuchDay', { day: pad(day), month: [monthName(month), year].filter(Boolean).join(' '), days }) };
  }
  const monthDay = `${pad(month)}-${pad(day)}`;
  const iso = year ? `${year}-${monthDay}` : problemText('date.dayFirst.noYear', { monthDay });
  if (time) return { fix: problemText('date.withTime.fix', { written: iso }) };
  if (written.dayFirst) return { fix: problemText('date.dayFirst.fix', { input: text, written: iso }) };
  return { fix: problemText('date.rewrite.fix', { written: iso }) };
}
