import type { AstroLoggerMessage } from 'astro';
import { describe, expect, it } from 'vitest';
import { LogGate } from './log-gate.ts';

const OWN = 'riktlinjer:content-check';
const astroError: AstroLoggerMessage = { label: 'glob-loader', level: 'error', message: 'Failed to reload', newLine: true };
const report: AstroLoggerMessage = { label: OWN, level: 'error', message: 'Innehållet har 1 fel.', newLine: true };
const info: AstroLoggerMessage = { label: 'watch', level: 'info', message: 'content/insatser/nattvandring.mdx', newLine: true };

/** A gate in front of a destination that records what reaches the terminal. */
function gate(closed = false) {
  const written: AstroLoggerMessage[] = [];
  return { gate: new LogGate({ write: (message) => written.push(message) }, OWN, closed), written };
}

describe('LogGate', () => {
  it('lets everything through while the content has no problems', () => {
    const { gate: logGate, written } = gate();
    logGate.write(astroError);
    logGate.write(info);
    expect(written).toEqual([astroError, info]);
  });

  it('holds Astro’s errors during a check and drops them when the check finds problems', () => {
    const { gate: logGate, written } = gate();
    logGate.hold();
    logGate.write(astroError);
    expect(written).toEqual([]);
    logGate.settle(true);
    logGate.write(report);
    logGate.write(astroError);
    expect(written).toEqual([report]);
  });

  it('writes the held errors after all when the check finds nothing, so no error goes unreported', () => {
    const { gate: logGate, written } = gate();
    logGate.hold();
    logGate.write(astroError);
    logGate.settle(false);
    expect(written).toEqual([astroError]);
  });

  it('always lets the checker’s own messages and Astro’s other messages through', () => {
    const { gate: logGate, written } = gate(true);
    logGate.write(report);
    logGate.write(info);
    logGate.hold();
    logGate.write(report);
    logGate.write(info);
    expect(written).toEqual([report, info, report, info]);
  });

  it('drops Astro’s errors from the start when the content has problems already', () => {
    const { gate: logGate, written } = gate(true);
    logGate.write(astroError);
    expect(written).toEqual([]);
  });
});
