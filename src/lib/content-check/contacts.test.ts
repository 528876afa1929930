import { describe, expect, it } from 'vitest';
import { missingContactWarning } from './contacts.ts';
import type { SourceEntry } from '../content-source/source.ts';

const actor = (id: string, data: object) => ({ collection: 'aktorer', id, data }) as unknown as SourceEntry;

describe('the warning for actors without a contact route', () => {
  it('names every actor without one, and says what the task page does instead', () => {
    const entries = [
      actor('bromma', { name: 'Bromma' }),
      actor('farsta', { name: 'Farsta', contact: { label: 'Farsta', email: 'farsta@stockholm.se' } }),
      actor('jarva', {}),
    ];
    expect(missingContactWarning(entries)).toEqual([
      '2 aktörer saknar kontaktväg (contact:): bromma, jarva. Deras sidor får ingen kontaktdel, och sidan Orolig för någon? visar dem inte.',
    ]);
  });

  it('says nothing when every actor has a route', () => {
    expect(missingContactWarning([actor('farsta', { contact: { label: 'Farsta', phone: '08-508 00 000' } })])).toEqual([]);
  });
});
