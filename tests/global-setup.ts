import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, testDist } from './support/build.ts';
import { serveSite } from './support/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The address of the test build, served on 127.0.0.1. */
    siteUrl: string;
    /** The folder the test build was written to. */
    siteDir: string;
  }
}

/** Whether the process with this id still runs. */
const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Removes the builds of earlier test runs that were stopped before they could clean up after themselves. */
function removeAbandonedBuilds(): void {
  const folder = path.dirname(testDist);
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) {
    const pid = new RegExp(`^${path.basename(testDist)}-(\\d+)$`).exec(name)?.[1];
    if (pid && !isRunning(Number(pid))) rmSync(path.join(folder, name), { recursive: true, force: true });
  }
}

/** Builds the site once for every site test and serves it over HTTP. */
export default async function setup(project: TestProject) {
  removeAbandonedBuilds();
  // A folder of this run's own, so that two test runs in the same tree never rebuild the site under each other.
  const siteDir = `${testDist}-${process.pid}`;
  buildSite(siteDir);
  const site = await serveSite(siteDir);
  project.provide('siteUrl', site.url);
  project.provide('siteDir', siteDir);
  return async () => {
    await site.close();
    rmSync(siteDir, { recursive: true, force: true });
  };
}
