import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { holdOutput } from './held-output.ts';

/** A target that records what is written to it. */
const recorder = () => {
  const written: string[] = [];
  return { written, write: (chunk: string | Uint8Array) => written.push(String(chunk)) > 0 };
};

/** A process that writes a line to stdout and one to stderr, then waits for a line on stdin before writing more. */
const SCRIPT = `
process.stdout.write('stdout 1\\n');
process.stderr.write('stderr 1\\n');
process.stdin.once('data', () => { process.stdout.write('stdout 2\\n'); process.exit(0); });`;

describe('holdOutput', () => {
  it('writes nothing until released, then what was held in order, then the rest as it comes', async () => {
    const child = spawn(process.execPath, ['-e', SCRIPT], { stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout = recorder();
    const stderr = recorder();
    const release = holdOutput(child, { stdout, stderr });
    await Promise.all([once(child.stdout, 'data'), once(child.stderr, 'data')]);
    expect(stdout.written).toEqual([]);
    expect(stderr.written).toEqual([]);

    release();
    expect(stdout.written).toEqual(['stdout 1\n']);
    expect(stderr.written).toEqual(['stderr 1\n']);
    child.stdin.write('go\n');
    await once(child, 'close');
    expect(stdout.written).toEqual(['stdout 1\n', 'stdout 2\n']);
  });
});
