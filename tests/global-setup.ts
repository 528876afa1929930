import { rmSync } from 'node:fs';
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

/** Builds the site once for every site test and serves it over HTTP. */
export default async function setup(project: TestProject) {
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
