import { statSync } from 'node:fs';
import path from 'node:path';
import { htmlPages, pagePath } from './build.ts';

/** A page of the built site: its file in the build and the path it is served at. */
export interface SitePage {
  /** Relative to the build folder, e.g. `aktorer/polisen/index.html`. */
  file: string;
  /** e.g. `/aktorer/polisen/`. */
  path: string;
}

/** Every page of a build, found in its folder, so a new page is checked without anyone listing it. */
export function sitePages(siteDir: string): SitePage[] {
  return htmlPages(siteDir).map((file) => ({ file, path: pagePath(file) }));
}

/**
 * The kind of page a file is, from where it sits in the build: a page with
 * siblings in its folder is one of a kind (`aktorer/*`, `insatser/slag/*`),
 * any other page is a kind of its own (`ansvar/`, `sok/`).
 */
export function pageKind(file: string, siblings: ReadonlySet<string>): string {
  const folders = file.split('/').slice(0, -2);
  const parent = folders.join('/');
  return folders.length > 0 && siblings.has(parent) ? `${parent}/*` : pagePath(file);
}

/**
 * One page of each kind: the largest, since it has the most elements to
 * check (`riktlinjer/hela/` for the guideline sections).
 * Example: `pageTypes(dir)` → `[{ path: '/' }, { path: '/aktorer/stadsdelsnamnderna/' }, …]`.
 */
export function pageTypes(siteDir: string): SitePage[] {
  const pages = sitePages(siteDir);
  const parents = pages.map(({ file }) => file.split('/').slice(0, -2).join('/'));
  const withSiblings = new Set(parents.filter((parent, index) => parent && parents.indexOf(parent) !== index));
  const size = (page: SitePage) => statSync(path.join(siteDir, page.file)).size;
  const kinds = Map.groupBy(pages, (page) => pageKind(page.file, withSiblings));
  return [...kinds.values()].map((group) => group.reduce((largest, page) => (size(page) > size(largest) ? page : largest)));
}
