import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentProblem } from './content-check/index.ts';
import { ContentRecheck, type ContentRecheckOptions } from './content-recheck.ts';

const problem = (line: number): ContentProblem => ({ file: 'content/insatser/nattvandring.mdx', line, message: 'fel', fix: 'rätta' });

/** A recheck whose checks return `results` in turn, with spies for what it reports. */
function recheckReturning(results: (readonly ContentProblem[] | Error)[], start: readonly ContentProblem[] = []) {
  const check = vi.fn(() => {
    const result = results.shift()!;
    if (result instanceof Error) throw result;
    return result;
  });
  const options = { check, onChecked: vi.fn(), onFailed: vi.fn(), problems: start, delay: 100 } satisfies ContentRecheckOptions;
  return { recheck: new ContentRecheck(options), ...options };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('ContentRecheck', () => {
  it('checks once for a burst of saves, when no save has come for the quiet time', () => {
    const { recheck, check } = recheckReturning([[]]);
    recheck.changed();
    vi.advanceTimersByTime(90);
    recheck.changed();
    vi.advanceTimersByTime(90);
    recheck.changed();
    expect(check).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(check).toHaveBeenCalledTimes(1);
  });

  it('answers a request at once with the known problems when no save is waiting', async () => {
    const { recheck } = recheckReturning([], [problem(4)]);
    expect(recheck.pending).toBe(false);
    await expect(recheck.settled()).resolves.toEqual([problem(4)]);
  });

  it('lets a request wait for the check of the latest save', async () => {
    const { recheck } = recheckReturning([[problem(7)]]);
    recheck.changed();
    expect(recheck.pending).toBe(true);
    const settled = recheck.settled();
    vi.advanceTimersByTime(100);
    await expect(settled).resolves.toEqual([problem(7)]);
    expect(recheck.pending).toBe(false);
  });

  it('tells what each check found and what the check before it found', () => {
    const { recheck, onChecked } = recheckReturning([[problem(4)], []]);
    recheck.changed();
    vi.advanceTimersByTime(100);
    recheck.changed();
    vi.advanceTimersByTime(100);
    expect(onChecked.mock.calls).toEqual([
      [[problem(4)], []],
      [[], [problem(4)]],
    ]);
  });

  it('keeps the last problems and reports the error when a check throws', async () => {
    const error = new Error('ENOENT');
    const { recheck, onChecked, onFailed } = recheckReturning([error], [problem(4)]);
    recheck.changed();
    const settled = recheck.settled();
    vi.advanceTimersByTime(100);
    await expect(settled).resolves.toEqual([problem(4)]);
    expect(onFailed).toHaveBeenCalledWith(error, [problem(4)]);
    expect(onChecked).not.toHaveBeenCalled();
  });
});
