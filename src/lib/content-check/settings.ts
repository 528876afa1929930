/**
 * The site settings are one file, `content/installningar/webbplats.yaml`: the
 * one place that holds the guidelines' status. A missing file or a second one
 * is an error, so the status can never be in two places.
 */
import { problem } from '../../i18n/problems.ts';
import { SETTINGS_ID } from '../../schemas.ts';
import type { ContentProblem } from './problem.ts';
import type { SourceEntry } from '../content-source/source.ts';

export const SETTINGS_FILE = `content/installningar/${SETTINGS_ID}.yaml`;

/** The settings file is missing, or another file sits beside it. */
export function settingsProblems(entries: readonly SourceEntry[]): ContentProblem[] {
  const settings = entries.filter((entry) => entry.collection === 'installningar');
  const problems: ContentProblem[] = settings
    .filter((entry) => entry.id !== SETTINGS_ID)
    .map((entry) => ({
      file: entry.file,
      line: 1,
      ...problem('settings.extraFile', { file: SETTINGS_FILE }),
    }));
  if (!settings.some((entry) => entry.id === SETTINGS_ID)) {
    problems.push({ file: SETTINGS_FILE, line: 1, ...problem('settings.missing') });
  }
  return problems;
}
