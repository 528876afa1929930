import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** A reference from one file of the site to another: a link, a stylesheet, a script, an image. */
export interface SiteLink {
  /** The URL as written, e.g. `/ordlista/#lagesbild` or `../x.js`. */
  href: string;
  /** The element or file it was found in, for the report. */
  source: string;
}

/** The attributes that point at another resource, per element. */
const URL_ATTRIBUTES = [
  'a[href]',
  'area[href]',
  'link[href]',
  'script[src]',
  'img[src]',
  'source[src]',
  'iframe[src]',
  'video[src]',
  'audio[src]',
  'form[action]',
];

/** Every URL an HTML page refers to, with the opening tag it is in. */
export function linksOfHtml(document: HTMLElement): SiteLink[] {
  return document.querySelectorAll(URL_ATTRIBUTES.join(',')).map((element) => {
    const attribute = ['href', 'src', 'action'].find((name) => element.hasAttribute(name))!;
    return { href: element.getAttribute(attribute)!, source: element.outerHTML.slice(0, element.outerHTML.indexOf('>') + 1) };
  });
}

/** Every URL a stylesheet (`url(…)`) or a JavaScript module (`import … from "…"`) refers to. */
export function linksOfAsset(text: string, kind: 'css' | 'js'): SiteLink[] {
  const pattern =
    kind === 'css' ? /url\(\s*['"]?([^'")]+)['"]?\s*\)/g : /(?:\bfrom\s*|\bimport\s*\(?\s*)["'`](\.{1,2}\/[^"'`]+|\/[^"'`]+)["'`]/g;
  return [...text.matchAll(pattern)].map((match) => ({ href: match[1]!, source: match[0] }));
}

/** A link resolved against the site: the file it reaches and the fragment it asks for, or why it leads nowhere. */
export type Resolved = { external: true } | { external: false; file: string | undefined; fragment: string; pathname: string };

/**
 * Resolves `href` as the browser would from the page or file at `fromPath`,
 * then finds the built file a plain static server would answer with.
 * Example: `resolveLink('/ordlista/#lagesbild', '/', dir)` → `{ file: 'ordlista/index.html', fragment: 'lagesbild' }`.
 */
export function resolveLink(href: string, fromPath: string, siteDir: string): Resolved {
  const origin = 'http://site.invalid';
  const url = new URL(href, `${origin}${fromPath}`);
  if (url.origin !== origin) return { external: true };
  const pathname = decodeURIComponent(url.pathname);
  const fragment = decodeURIComponent(url.hash.slice(1));
  const candidate = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
  const file = candidate.slice(1);
  const found = existsSync(path.join(siteDir, file)) && statSync(path.join(siteDir, file)).isFile();
  return { external: false, file: found ? file : undefined, fragment, pathname };
}

/** The ids on an HTML page, and the names of its `<a name>` anchors, which fragments may also point at. */
export function anchorsOf(document: HTMLElement): Set<string> {
  const ids = document.querySelectorAll('[id]').map((element) => element.id);
  const names = document.querySelectorAll('a[name]').map((element) => element.getAttribute('name')!);
  return new Set([...ids, ...names]);
}

/** Reads and parses each HTML file once. */
export function htmlReader(siteDir: string): (file: string) => HTMLElement {
  const cache = new Map<string, HTMLElement>();
  return (file) => {
    if (!cache.has(file)) cache.set(file, parse(readFileSync(path.join(siteDir, file), 'utf8')));
    return cache.get(file)!;
  };
}
