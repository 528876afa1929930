import { problem, problemText, type ProblemRule } from '../../i18n/problems.ts';
import { functionalEmails, functionalPhoneNumbers } from '../../content-rules.ts';
import { findPersonalData, maskPersonalData, type PersonalDataKind } from '../personal-data.ts';
import type { ContentProblem } from './problem.ts';
import type { SourceEntry } from '../content-source/source.ts';

/** The rule for each kind of personal data. */
const RULES: Record<PersonalDataKind, ProblemRule> = {
  personnummer: 'personalData.personnummer',
  samordningsnummer: 'personalData.samordningsnummer',
  telefonnummer: 'personalData.phone',
  'e-postadress': 'personalData.email',
};

/**
 * Finds personal identity and coordination numbers, phone numbers and
 * personal e-mail addresses anywhere in the content files (frontmatter, text
 * and code alike: all of it can reach readers), except the functional
 * addresses and numbers allowed in `src/content-rules.ts`.
 */
export function personalDataProblems(entries: readonly SourceEntry[]): ContentProblem[] {
  const allowed = { emails: functionalEmails, phoneNumbers: functionalPhoneNumbers };
  const why = problemText('personalData.why');
  return entries.flatMap((entry) =>
    findPersonalData(entry.text, allowed).map((match) => ({
      file: entry.file,
      line: entry.text.slice(0, match.index).split('\n').length,
      ...problem(RULES[match.kind], { value: maskPersonalData(match), why }),
    })),
  );
}
