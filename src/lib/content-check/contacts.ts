/**
 * Actors without a contact route are not an error (the sources give almost
 * none), but editors should see which ones still need one: the build names
 * them as a warning, and "Orolig för någon?" then gives only the general route.
 */
import { problemText } from '../../i18n/problems.ts';
import type { SourceEntry } from '../content-source/source.ts';

/**
 * One warning line naming every actor with no `contact:`, or none when all have one.
 * @example missingContactWarning(entries) // ['2 aktörer saknar kontaktväg (contact:): bromma, farsta. …']
 */
export function missingContactWarning(entries: readonly SourceEntry[]): string[] {
  const missing = entries
    .filter((entry) => entry.collection === 'aktorer' && !(entry.data as { contact?: unknown } | undefined)?.contact)
    .map((entry) => entry.id);
  if (missing.length === 0) return [];
  const actors = missing.join(', ');
  return [
    missing.length === 1
      ? problemText('warning.noContact.one', { actors })
      : problemText('warning.noContact.other', { count: missing.length, actors }),
  ];
}
