import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** What one clean build cost. */
export interface BuildCost {
  /** Wall-clock seconds from start to exit. */
  seconds: number;
  /** The highest memory the build's processes held at once (Node, Pagefind's binary, git), in MB. */
  peakMemoryMb: number;
  /** CPU seconds of all the build's processes: less affected than wall time by other work on the machine. */
  cpuSeconds: number;
  /** HTML pages written. */
  pages: number;
  /** Seconds the search-index integration spent (Pagefind and the vocabulary), from its own log line. */
  searchIndexSeconds: number | null;
  /** Seconds spent writing the .gz files, from the precompress integration's log line. */
  precompressSeconds: number | null;
  /** Astro's own figure for the whole build, from `[build] N page(s) built in X s`. */
  astroSeconds: number | null;
}

/** Several builds of the same content: median times, the range of wall times, and the highest memory peak. */
export interface SummarisedCost extends BuildCost {
  /** How many builds were made. */
  runs: number;
  /** The fastest and slowest wall time, in seconds. */
  secondsRange: [number, number];
}

/** Several builds of the same content as one: median times with their range, and the highest memory peak. */
export function summarise(costs: readonly BuildCost[]): SummarisedCost {
  const median = (values: readonly (number | null)[]) => {
    const known = values.filter((value): value is number => value !== null).sort((a, b) => a - b);
    return known.length ? known[Math.floor((known.length - 1) / 2)]! : null;
  };
  const seconds = costs.map((cost) => cost.seconds);
  return {
    seconds: median(seconds)!,
    secondsRange: [Math.min(...seconds), Math.max(...seconds)],
    runs: costs.length,
    peakMemoryMb: Math.max(...costs.map((cost) => cost.peakMemoryMb)),
    cpuSeconds: median(costs.map((cost) => cost.cpuSeconds))!,
    pages: costs[0]!.pages,
    searchIndexSeconds: median(costs.map((cost) => cost.searchIndexSeconds)),
    precompressSeconds: median(costs.map((cost) => cost.precompressSeconds)),
    astroSeconds: median(costs.map((cost) => cost.astroSeconds)),
  };
}

/** The command line a process was started with, or '' when it has ended. */
function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
}

/**
 * Every process id under `pid` (its children, their children, …), read from
 * /proc, except a child caught between fork and exec (Node starting `git`, for
 * example): until it runs its own program it has its parent's command line and
 * shows its parent's memory as its own, though it shares it, and counting it
 * would add the parent's memory a second time.
 */
export function descendants(pid: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 4 of /proc/<pid>/stat is the parent; the command name (field 2) may hold spaces, so read after its ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(parent, [...(parents.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const found = [pid];
  for (let index = 0; index < found.length; index++) {
    const parent = found[index]!;
    const command = commandLine(parent);
    for (const child of parents.get(parent) ?? []) if (commandLine(child) !== command) found.push(child);
  }
  return found;
}

/** Clock ticks per second in /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** CPU time a process has used so far (user + system), in seconds. */
function cpuSecondsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields 14 and 15 (utime, stime), counted from the field after the command name's ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** Resident memory of a process now and at its peak (VmHWM), in KB; 0 when it has ended. */
export function residentKb(pid: number): { now: number; peak: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
    return { now: field('VmRSS'), peak: field('VmHWM') };
  } catch {
    return { now: 0, peak: 0 };
  }
}

const seconds = (log: string, pattern: RegExp) => {
  const match = pattern.exec(log);
  return match ? Number(match[1]) : null;
};

/**
 * Runs `npm run build` (`scripts/build.ts`, which runs `astro build` with the
 * settings the project builds with) in `projectRoot`, into its `dist/`, or
 * another build `command` run with the same Node, and measures it: wall time,
 * the peak of the summed resident memory of the build's whole process tree
 * (sampled every 50 ms, and never below any one process's own peak), the CPU
 * time of that tree (up to the last sample), and the times the search index
 * and the compression log.
 */
export async function measureBuild(
  projectRoot: string,
  env: Record<string, string> = {},
  command = [path.join(projectRoot, 'scripts/build.ts')],
): Promise<BuildCost> {
  const outDir = path.join(projectRoot, 'dist');
  const started = performance.now();
  const child = spawn(process.execPath, command, {
    cwd: projectRoot,
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));

  let peakKb = 0;
  const processPeaks = new Map<number, number>();
  const processCpu = new Map<number, number>();
  const sample = () => {
    let total = 0;
    for (const pid of descendants(child.pid!)) {
      const { now, peak } = residentKb(pid);
      total += now;
      processPeaks.set(pid, Math.max(processPeaks.get(pid) ?? 0, peak));
      processCpu.set(pid, Math.max(processCpu.get(pid) ?? 0, cpuSecondsOf(pid)));
    }
    peakKb = Math.max(peakKb, total);
  };
  const sampler = setInterval(sample, 50);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  const wall = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`Bygget i ${projectRoot} misslyckades (kod ${code}):\n${log.slice(-4000)}`);

  peakKb = Math.max(peakKb, ...processPeaks.values());
  const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).length;
  return {
    seconds: Number(wall.toFixed(2)),
    peakMemoryMb: Math.round(peakKb / 1024),
    cpuSeconds: Number([...processCpu.values()].reduce((a, b) => a + b, 0).toFixed(1)),
    pages,
    searchIndexSeconds: seconds(log, /\[riktlinjer:search-index\][^\n]*\((\d+(?:\.\d+)?) s\)/),
    precompressSeconds: seconds(log, /\[riktlinjer:precompress\][^\n]*\((\d+(?:\.\d+)?) s\)/),
    astroSeconds: seconds(log, /page\(s\) built in (\d+(?:\.\d+)?)s/),
  };
}
