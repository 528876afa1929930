import { functionalEmails, functionalPhoneNumbers } from '../../content-rules.ts';
import { findPersonalData, maskPersonalData, type PersonalDataKind } from '../personal-data.ts';
import type { ContentProblem } from './problem.ts';
import type { SourceEntry } from '../content-source/source.ts';

const WHY =
  'Webbplatsen är offentlig och får inte publicera personuppgifter, inte heller om stadens tjänstepersoner. Skriv rollen i stället, t.ex. "samordnaren på stadsledningskontoret", och hänvisa till stadens kontaktcenter eller en funktionsadress.';

const FIX: Record<PersonalDataKind, string> = {
  personnummer: `Ta bort numret. ${WHY}`,
  samordningsnummer: `Ta bort numret. ${WHY}`,
  telefonnummer: `Ta bort numret. ${WHY} Är det ett nummer till en funktion, t.ex. en växel eller en stödlinje, kan det läggas till i functionalPhoneNumbers i src/content-rules.ts.`,
  'e-postadress': `Ta bort adressen. ${WHY} Är det en funktionsadress kan den läggas till i functionalEmails i src/content-rules.ts.`,
};

/**
 * Finds personal identity and coordination numbers, phone numbers and
 * personal e-mail addresses anywhere in the content files (frontmatter, text
 * and code alike: all of it can reach readers), except the functional
 * addresses and numbers allowed in `src/content-rules.ts`.
 */
export function personalDataProblems(entries: readonly SourceEntry[]): ContentProblem[] {
  const allowed = { emails: functionalEmails, phoneNumbers: functionalPhoneNumbers };
  return entries.flatMap((entry) =>
    findPersonalData(entry.text, allowed).map((match) => ({
      file: entry.file,
      line: entry.text.slice(0, match.index).split('\n').length,
      message: `${match.kind[0]!.toUpperCase()}${match.kind.slice(1)} "${maskPersonalData(match)}" får inte publiceras.`,
      fix: FIX[match.kind],
    })),
  );
}
