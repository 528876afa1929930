import { describe, expect, it } from 'vitest';
import { findPersonalData, identityNumberKind, luhnValid, maskPersonalData, phoneDigits } from './personal-data.ts';

const kinds = (text: string) => findPersonalData(text).map((match) => `${match.kind}: ${match.text}`);

describe('personal data detector', () => {
  it('checks the Luhn digit of the ten digits YYMMDDNNNN', () => {
    expect(luhnValid('8112289874')).toBe(true);
    expect(luhnValid('8112289875')).toBe(false);
  });

  it.each(['811228-9874', '19811228-9874', '8112289874', '198112289874', '811228+9874'])(
    'finds the personal identity number %s',
    (number) => {
      expect(identityNumberKind(number)).toBe('personnummer');
      expect(kinds(`Handläggaren har nummer ${number}.`)).toEqual([`personnummer: ${number}`]);
    },
  );

  it('finds a coordination number, whose day is the birth day plus 60', () => {
    expect(identityNumberKind('701063-2391')).toBe('samordningsnummer');
    expect(identityNumberKind('19701063-2391')).toBe('samordningsnummer');
  });

  it.each([
    ['a number with the wrong check digit', '811228-9875'],
    ['a number whose date does not exist', '811328-9874'],
    ['a diary number', 'Dnr HÄ 2024/105'],
    ['a diary number with a sub-number', 'Dnr KS 2023/1234-1.2'],
    ['an SFS number', 'SFS 2023:196'],
    ['a law cited by number', 'lag (2018:1937) om tillgänglighet'],
    ['a date', 'Beslutet fattades 2024-04-25.'],
    ['a document id with a year', 'lag-2023-196'],
    ['a span of years', 'åren 2016–2024'],
    ['opening hours', 'kl. 08.00–17.00'],
    ['an amount', '1 000 000 kronor'],
    ['a short emergency number', 'Ring 112 eller 114 14.'],
    ['a functional e-mail address', 'Skriv till registrator@stockholm.se.'],
  ])('does not trip on %s', (_, text) => {
    expect(findPersonalData(text)).toEqual([]);
  });

  it.each(['08-123 45 67', '08-12 34 56', '070-123 45 67', '0701234567', '+46 70 123 45 67', '+46 (0)8-123 45 67', '+46701234567'])(
    'finds the phone number %s',
    (number) => {
      expect(kinds(`Ring ${number} om du undrar något.`)).toEqual([`telefonnummer: ${number}`]);
    },
  );

  it('reads a phone number as digits with the leading 0, for the list of functional numbers', () => {
    expect(phoneDigits('+46 (0)8-123 45 67')).toBe('081234567');
    expect(phoneDigits('070-123 45 67')).toBe('0701234567');
    expect(findPersonalData('Växeln: 08-123 45 67.', { emails: [], phoneNumbers: ['081234567'] })).toEqual([]);
  });

  it('finds e-mail addresses made of names, and lets functional ones through', () => {
    expect(kinds('Kontakt: anna.svensson@stockholm.se eller per-olof.af-klint@polisen.se.')).toEqual([
      'e-postadress: anna.svensson@stockholm.se',
      'e-postadress: per-olof.af-klint@polisen.se',
    ]);
    expect(kinds('Kontakt: info@stockholm.se')).toEqual([]);
    expect(findPersonalData('registrator.slk@stockholm.se', { emails: ['registrator.slk@stockholm.se'], phoneNumbers: [] })).toEqual([]);
  });

  it('keeps only the date of an identity number in reports, since build logs may be public', () => {
    const [match] = findPersonalData('19811228-9874');
    expect(maskPersonalData(match!)).toBe('19811228-****');
  });
});
