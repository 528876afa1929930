import { describe, expect, it } from 'vitest';
import { summarise, type BuildCost } from './measure-build.ts';

const cost = (seconds: number, peakMemoryMb: number, searchIndexSeconds: number | null = 2): BuildCost => ({
  seconds,
  peakMemoryMb,
  cpuSeconds: seconds * 1.5,
  pages: 1052,
  searchIndexSeconds,
  precompressSeconds: 1,
  astroSeconds: seconds - 3,
});

describe('summarise', () => {
  it('reports the median time with the range, and the highest memory peak of the runs', () => {
    const summary = summarise([cost(24.9, 835), cost(20.9, 1061), cost(23.6, 826)]);
    expect(summary.seconds).toBe(23.6);
    expect(summary.secondsRange).toEqual([20.9, 24.9]);
    expect(summary.peakMemoryMb).toBe(1061);
    expect(summary.cpuSeconds).toBeCloseTo(35.4);
    expect(summary.runs).toBe(3);
  });

  it('takes the lower middle of an even number of runs, and skips figures a run did not log', () => {
    const summary = summarise([cost(22, 800, null), cost(21, 800, 3), cost(20, 800, null), cost(23, 800, 4)]);
    expect(summary.seconds).toBe(21);
    expect(summary.searchIndexSeconds).toBe(3);
  });

  it('is the build itself when there was one', () => {
    expect(summarise([cost(90, 1900)])).toMatchObject({ seconds: 90, peakMemoryMb: 1900, runs: 1, secondsRange: [90, 90] });
  });
});
