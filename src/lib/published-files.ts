/**
 * The files the site publishes for other systems, made once per build from the
 * collections: the responsibility matrix as CSV and everything under /data/.
 * The endpoints that write them and the pages that state their sizes share
 * the one result.
 */
import type { OpenDataName } from '../schemas.ts';
import { siteData, type SiteData } from './collections.ts';
import { matrixCsv } from './matrix-csv.ts';
import { matrixCsvLookups, matrixView } from './matrix-view.ts';
import { openDataFiles, publishedFile, type PublishedFile } from './open-data.ts';
import { paths } from './paths.ts';
import { url } from './url.ts';

/**
 * A site path as the absolute address another system uses: the host from `SITE_URL`, the base from `SITE_BASE`.
 * @example absoluteUrl('/data/insatser.json') // 'https://intranat.example/riktlinjer/data/insatser.json'
 */
export function absoluteUrl(path: string): string {
  return new URL(url(path), import.meta.env.SITE).href;
}

let cached: Promise<PublishedFile[]> | undefined;

/** Every published file, the matrix CSV first, then /data/ in the order the page lists it. */
export function publishedFiles(): Promise<PublishedFile[]> {
  cached ??= load();
  return cached;
}

/** The published file at a site path, e.g. `paths.matrixCsv`. */
export async function publishedFileAt(path: string): Promise<PublishedFile> {
  const file = (await publishedFiles()).find((candidate) => candidate.path === path);
  // Paths come from `paths` in the code, never from content: a miss is a bug.
  if (!file) throw new Error(`No published file at ${path}`);
  return file;
}

async function load(): Promise<PublishedFile[]> {
  const data = await siteData();
  const entries: Record<OpenDataName, Parameters<SiteData['historyOf']>[0]> = {
    ansvar: data.duties,
    aktorer: data.actors,
    insatser: data.interventions,
    ordlista: data.terms,
    dokument: data.documents,
  };
  return [
    publishedFile(paths.matrixCsv, 'ansvar', 'csv', matrixCsv(matrixView(data).matrix, matrixCsvLookups(data))),
    ...openDataFiles({ ...data, updated: (name) => data.historyOf(entries[name]).updated, address: absoluteUrl }),
  ];
}
