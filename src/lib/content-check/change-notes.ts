/**
 * The change notes for readers (`changes:`): a note may not be dated after the
 * day it is published, since readers and the feed would see a change that has
 * not happened, and its `heading` must be a heading on the page, or its link
 * would lead nowhere. A malformed date is the schema's (`isoDate`).
 */
import { problem, problemText } from '../../i18n/problems.ts';
import type { ChangeNote } from '../../schemas.ts';
import { isoDay } from '../format.ts';
import { parseBody } from '../content-source/mdx-tree.ts';
import { headingAnchors } from '../content-source/site-map.ts';
import type { ParsedEntry } from '../content-source/source.ts';
import { notePage, type NotedCollection } from '../change-notes.ts';
import { fieldName, type ContentProblem } from './problem.ts';
import { nearest } from './suggest.ts';

/**
 * Notes dated after `today` (in Stockholm) and notes whose heading is none of
 * the page's. Entries whose `changes` failed the schema are left to its message.
 * @param today the day the content is checked; the build passes the real date, tests a fixed one.
 */
export function changeNoteProblems(parsed: readonly ParsedEntry[], today: Date): ContentProblem[] {
  const todayDay = isoDay(today);
  return parsed.flatMap(({ source, data }) => {
    const notes = data.changes as ChangeNote[] | undefined;
    if (!notes?.length) return [];
    const anchors = source.body ? headingAnchors(parseBody(source).tree) : [];
    return notes.flatMap((note, index): ContentProblem[] => {
      const problems: ContentProblem[] = [];
      const at = (field: string) => {
        const path = ['changes', index, field];
        return { file: source.file, line: source.lineOf(path), field: fieldName(path) };
      };
      const day = isoDay(note.date);
      if (day > todayDay) problems.push({ ...at('date'), ...problem('changes.future', { date: day, today: todayDay }) });
      if (note.heading !== undefined && !anchors.includes(note.heading)) {
        // Only the collections with notes in their schema get here; `installningar` has none.
        const values = { heading: note.heading, page: notePage(source.collection as NotedCollection, source.id) };
        const suggestion = nearest(note.heading, anchors);
        const hint = suggestion
          ? problemText('hint.didYouMean', { suggestion })
          : problemText('changes.heading.known', { anchors: anchors.join(', ') });
        problems.push({
          ...at('heading'),
          ...(anchors.length > 0 ? problem('changes.heading', values, hint) : problem('changes.headingNone', values)),
        });
      }
      return problems;
    });
  });
}
