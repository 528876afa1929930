import { describe, expect, it } from 'vitest';
import { capitalize, formatDate, formatFileSize, isoDay, listSwedish, sortSwedish } from './format.ts';

describe('Swedish formatting', () => {
  it('writes dates the Swedish way', () => {
    expect(formatDate(new Date('2024-04-25T00:00:00Z'))).toBe('25 april 2024');
    expect(isoDay(new Date('2016-05-16T00:00:00Z'))).toBe('2016-05-16');
  });

  it('sorts å, ä and ö after z, as Swedish readers expect', () => {
    expect(sortSwedish(['Östermalm', 'Ängby', 'Åkeshov', 'Zinkensdamm', 'Bromma'], (s) => s)).toEqual([
      'Bromma',
      'Zinkensdamm',
      'Åkeshov',
      'Ängby',
      'Östermalm',
    ]);
  });

  it('joins lists with "och"', () => {
    expect(listSwedish(['polisen', 'skolan', 'socialtjänsten'])).toBe('polisen, skolan och socialtjänsten');
  });

  it('states file sizes in kB with a decimal comma', () => {
    expect(formatFileSize(1630)).toBe('1,6 kB');
    expect(formatFileSize(12)).toBe('0,1 kB');
  });

  it('capitalises the first letter of a label, å, ä and ö included', () => {
    expect(capitalize('barn och unga')).toBe('Barn och unga');
    expect(capitalize('årligen')).toBe('Årligen');
  });
});
