import { describe, expect, it } from 'vitest';
import { jobsIn } from './jobs.ts';

const jobs = {
  rektor: ['utbildningsnamnden'],
  skolan: ['utbildningsnamnden'],
  socialtjänsten: ['socialnamnden', 'stadsdelsnamnderna'],
  'jobbtorg stockholm': ['arbetsmarknadsnamnden'],
};

describe('jobsIn', () => {
  it('finds a profession or workplace in a query, with its actors', () => {
    expect(jobsIn('vad gör en rektor', jobs)).toEqual([{ job: 'rektor', actors: ['utbildningsnamnden'] }]);
    expect(jobsIn('socialtjänst', jobs)).toEqual([{ job: 'socialtjänsten', actors: ['socialnamnden', 'stadsdelsnamnderna'] }]);
  });
  it('matches inflections both ways and words typed without å, ä and ö', () => {
    expect(jobsIn('skola', jobs).map((m) => m.job)).toEqual(['skolan']);
    expect(jobsIn('rektorer', jobs).map((m) => m.job)).toEqual(['rektor']);
    expect(jobsIn('socialtjansten', jobs).map((m) => m.job)).toEqual(['socialtjänsten']);
  });
  it('needs a job of several words whole, and ignores short words', () => {
    expect(jobsIn('jobbtorg', jobs)).toEqual([]);
    expect(jobsIn('Jobbtorg Stockholm', jobs).map((m) => m.job)).toEqual(['jobbtorg stockholm']);
    expect(jobsIn('rek sko', jobs)).toEqual([]);
  });
});
