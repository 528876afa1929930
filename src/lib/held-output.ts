import type { ChildProcess } from 'node:child_process';

/** Where held output goes once it is let through. */
export interface OutputTargets {
  stdout: Pick<NodeJS.WritableStream, 'write'>;
  stderr: Pick<NodeJS.WritableStream, 'write'>;
}

/**
 * Keeps back what a child process (started with `stdio: 'pipe'`) writes, until
 * the returned function is called; that writes what was held, in order, and
 * lets the rest through. Output never released is dropped with the process.
 * `npm run build` holds Astro's output this way until the content check has passed.
 */
export function holdOutput(child: ChildProcess, to: OutputTargets = process): () => void {
  const held: [OutputTargets['stdout'], Buffer][] = [];
  let holding = true;
  for (const [from, target] of [
    [child.stdout, to.stdout],
    [child.stderr, to.stderr],
  ] as const) {
    from?.on('data', (chunk: Buffer) => (holding ? held.push([target, chunk]) : target.write(chunk)));
  }
  return () => {
    holding = false;
    for (const [target, chunk] of held.splice(0)) target.write(chunk);
  };
}
