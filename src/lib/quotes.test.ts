import { describe, expect, it } from 'vitest';
import { findQuote, quoteMismatch, segmentStoredText } from './quotes.ts';

const stored = `## Ärendet

Stadsdelsnämnderna ska ta fram en årlig
lägesbild och passande åtgärdsplaner.

Socialnämnden ska ta fram handlingsplaner, men  framöver bara vartannat år.`;

describe('finding a quote in a stored text', () => {
  it('finds a quote word for word, whatever the line breaks and runs of spaces', () => {
    const range = findQuote(stored, 'ta fram en årlig lägesbild');
    expect(range && stored.slice(range.start, range.end)).toBe('ta fram en årlig\nlägesbild');
    expect(findQuote(stored, 'men framöver   bara vartannat år.')).toBeDefined();
  });

  it('does not find a quote with one word changed, nor one that spans a changed word', () => {
    expect(findQuote(stored, 'ta fram en årlig lägesbild och lämpliga åtgärdsplaner')).toBeUndefined();
    expect(findQuote(stored, 'Stadsdelsnämnderna ska ta fram en lägesbild')).toBeUndefined();
  });

  it('treats characters of regular expressions as plain text', () => {
    expect(findQuote('Lagen (2023:196) gäller.', 'Lagen (2023:196) gäller.')).toEqual({ start: 0, end: 24 });
    expect(findQuote('Lagen 2023x196 gäller.', 'Lagen (2023.196) gäller.')).toBeUndefined();
  });

  it('says how far a quote matches and the first word that does not', () => {
    expect(quoteMismatch(stored, 'Stadsdelsnämnderna ska ta fram en lägesbild')).toEqual({
      matched: 'Stadsdelsnämnderna ska ta fram en',
      next: 'lägesbild',
    });
    expect(quoteMismatch(stored, 'Kommunfullmäktige beslutar')).toEqual({ matched: '', next: 'Kommunfullmäktige' });
  });
});

describe('a stored text with its quotes marked', () => {
  it('splits headings and paragraphs, joins line breaks and marks each quote with an anchor where it starts', () => {
    const blocks = segmentStoredText(stored, [{ id: 'lagesbild', text: 'en årlig lägesbild' }]);
    expect(blocks.map((block) => block.kind)).toEqual(['heading', 'paragraph', 'paragraph']);
    expect(blocks[0]!.segments).toEqual([{ text: 'Ärendet', quoted: false, anchors: [] }]);
    expect(blocks[1]!.segments).toEqual([
      { text: 'Stadsdelsnämnderna ska ta fram ', quoted: false, anchors: [] },
      { text: 'en årlig lägesbild', quoted: true, anchors: ['lagesbild'] },
      { text: ' och passande åtgärdsplaner.', quoted: false, anchors: [] },
    ]);
  });

  it('marks overlapping quotes as one run with an anchor for each', () => {
    const [, paragraph] = segmentStoredText(stored, [
      { id: 'forst', text: 'ta fram en årlig' },
      { id: 'sedan', text: 'årlig lägesbild och' },
    ]);
    expect(paragraph!.segments.filter((segment) => segment.quoted).map((segment) => [segment.text, segment.anchors])).toEqual([
      ['ta fram en ', ['forst']],
      ['årlig', ['sedan']],
      [' lägesbild och', []],
    ]);
  });

  it('leaves a quote that is not in the text unmarked', () => {
    const blocks = segmentStoredText(stored, [{ id: 'saknas', text: 'inte i texten' }]);
    expect(blocks.flatMap((block) => block.segments).some((segment) => segment.quoted)).toBe(false);
  });
});
