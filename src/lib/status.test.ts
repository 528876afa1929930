import { describe, expect, it } from 'vitest';
import { statusMessage } from './status.ts';

const version = { date: new Date('2024-02-29T00:00:00Z') };

describe('statusMessage', () => {
  it('leaves out what the documents do not give: the year of the version, the designation of the decision', () => {
    expect(statusMessage({ status: 'forslag', version: {} }).text).toMatch(/^Webbplatsen beskriver ett förslag, så som/);
    expect(statusMessage({ status: 'antagna', version, decision: { date: new Date('2027-03-15T00:00:00Z') } }).text).toBe(
      'Kommunfullmäktige antog riktlinjerna den 15 mars 2027.',
    );
  });

  it('calls the guidelines a proposal and says the decision is not known', () => {
    const message = statusMessage({ status: 'forslag', version });
    expect(message.title).toBe('Förslag, inte beslutade riktlinjer.');
    expect(message.text).toContain('beskriver ett förslag från 2024,');
    expect(message.text).toContain('Källorna säger inte om kommunfullmäktige har antagit');
    expect(message.today).toContain('fråga din chef');
  });

  it('states the decision date and designation once the guidelines are adopted', () => {
    const message = statusMessage({
      status: 'antagna',
      version,
      decision: { date: new Date('2027-03-15T00:00:00Z'), designation: 'Dnr KS 2024/1' },
    });
    expect(message.title).toBe('Gällande riktlinjer.');
    expect(message.text).toBe('Kommunfullmäktige antog riktlinjerna den 15 mars 2027 (Dnr KS 2024/1).');
    expect(message.today).toContain('15 mars 2027');
  });
});
