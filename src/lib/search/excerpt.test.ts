import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptPieces } from './excerpt.ts';

describe('search excerpts as text', () => {
  it('splits an excerpt at its <mark> tags', () => {
    expect(excerptPieces('en <mark>lägesbild</mark> varje <mark>år</mark>')).toEqual([
      { text: 'en ', marked: false },
      { text: 'lägesbild', marked: true },
      { text: ' varje ', marked: false },
      { text: 'år', marked: true },
    ]);
  });

  it('turns escaped markup into the text it stands for, never into tags', () => {
    expect(excerptPieces('skriv inte &lt;img src=x onerror=alert(1)&gt; i <mark>texten</mark>')).toEqual([
      { text: 'skriv inte <img src=x onerror=alert(1)> i ', marked: false },
      { text: 'texten', marked: true },
    ]);
  });

  it('keeps any other tag as plain text', () => {
    expect(excerptPieces('<img src=x onerror=alert(1)><mark>bild</mark>')).toEqual([
      { text: '<img src=x onerror=alert(1)>', marked: false },
      { text: 'bild', marked: true },
    ]);
  });

  it('has no space before a mark that ends a cell or a term, and no word joiner', () => {
    expect(excerptPieces('<mark>Lägesbild</mark>\u2060 ; Varje stadsdelsnämnd ; Varje år .')).toEqual([
      { text: 'Lägesbild', marked: true },
      { text: '; Varje stadsdelsnämnd; Varje år.', marked: false },
    ]);
    expect(excerptPieces('kl. 8 : 30 och 2023:196')).toEqual([{ text: 'kl. 8: 30 och 2023:196', marked: false }]);
  });

  it('decodes named and numeric character references and leaves unknown ones alone', () => {
    expect(decodeEntities('a &amp; b &#229; &#xE4; &quot;c&quot; &okänd;')).toBe('a & b å ä "c" &okänd;');
  });
});
