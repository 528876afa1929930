import { describe, expect, it } from 'vitest';
import { capitalize, formatDate, formatFileSize, formatMonth, isoDay, listSwedish, sortSwedish, withAbbreviation } from './format.ts';

describe('Swedish formatting', () => {
  it('writes dates the Swedish way', () => {
    expect(formatDate(new Date('2024-04-25T00:00:00Z'))).toBe('25 april 2024');
    expect(isoDay(new Date('2016-05-16T00:00:00Z'))).toBe('2016-05-16');
  });

  it('gives the datetime attribute the day it shows, for a change made just after midnight in Stockholm', () => {
    // 00:30 in Stockholm (winter time, UTC+1) is still the day before in UTC.
    const justAfterMidnight = new Date('2026-11-28T23:30:00Z');
    expect(formatDate(justAfterMidnight)).toBe('29 november 2026');
    expect(isoDay(justAfterMidnight)).toBe('2026-11-29');
    // Summer time, UTC+2.
    expect(isoDay(new Date('2026-06-30T22:15:00Z'))).toBe('2026-07-01');
  });

  it('names the month a date falls in, in Stockholm, for headings by month', () => {
    expect(formatMonth(new Date('2026-11-26T00:00:00Z'))).toBe('november 2026');
    // 00:30 on 1 December in Stockholm.
    expect(formatMonth(new Date('2026-11-30T23:30:00Z'))).toBe('december 2026');
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

describe('withAbbreviation', () => {
  it('adds the abbreviation in parentheses once', () => {
    expect(withAbbreviation('Kommunstyrelsen', 'KS')).toBe('Kommunstyrelsen (KS)');
    expect(withAbbreviation('Center mot våldsbejakande extremism (CVE)', 'CVE')).toBe('Center mot våldsbejakande extremism (CVE)');
    expect(withAbbreviation('Polisen')).toBe('Polisen');
  });
});
