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
  buildSite(testDist);
  const site = await serveSite(testDist);
  project.provide('siteUrl', site.url);
  project.provide('siteDir', testDist);
  return () => site.close();
}
