import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { descendants, residentKb, summarise, type BuildCost } from './measure-build.ts';

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

describe('descendants', () => {
  it('leaves out a child between fork and exec, which shows its parent memory as its own', async () => {
    // A process that holds 300 MB and starts `sleep` again and again: each start forks a copy of it first.
    const script = `const held = Buffer.alloc(300 * 1024 * 1024, 1);
      const { execFileSync } = require('node:child_process');
      for (let i = 0; i < 300; i++) execFileSync('sleep', ['0.001']);
      console.log(held.length);`;
    const child = spawn(process.execPath, ['-e', script], { stdio: 'ignore' });
    const closed = once(child, 'close');
    let childrenSeen = 0;
    let largestChildKb = 0;
    for (let running = true; running; ) {
      for (const pid of descendants(child.pid!).slice(1)) {
        childrenSeen++;
        largestChildKb = Math.max(largestChildKb, residentKb(pid).now);
      }
      running = (await Promise.race([closed.then(() => false), new Promise((resolve) => setTimeout(resolve, 1, true))])) as boolean;
    }
    // The `sleep` processes were seen, and none of them with the parent's 300 MB.
    expect(childrenSeen).toBeGreaterThan(0);
    expect(largestChildKb).toBeLessThan(100 * 1024);
  }, 60_000);
});

