import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

/** Bytes as stored and as sent with gzip (level 9, as the build precompresses). */
export interface Size {
  raw: number;
  gzip: number;
}

/** What a page costs before the reader does anything: every file the browser fetches on load. */
export interface PageWeight {
  /** The built file, e.g. `insatser/nattvandring/index.html`. */
  file: string;
  /** Requests: the page itself, its stylesheets, scripts and their static imports, images and fonts. */
  requests: number;
  /** Script files among them, static imports included. */
  scripts: number;
  html: Size;
  css: Size;
  js: Size;
  total: Size;
  /** The files fetched, as site paths. */
  resources: string[];
}

const sizeOf = (bytes: Buffer): Size => ({ raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
const add = (a: Size, b: Size): Size => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO: Size = { raw: 0, gzip: 0 };

/** `import … from "./x.js"` and `import "./x.js"`, not `import("./x.js")`, which waits for an interaction. */
const STATIC_IMPORT = /(?:\bimport|\bfrom)\s*["']([^"']+\.js)["']/g;
/** `url(…)` in CSS that is not a data: URI. */
const CSS_URL = /url\(\s*["']?(?!data:)([^"')]+)["']?\s*\)/g;

/**
 * Measures a built page from the files alone, the way a browser loads it
 * before any interaction: the HTML; its stylesheets and whatever they load
 * with `url()`; its module scripts and their static imports (not dynamic
 * `import()`, which the search only runs when the reader types); images
 * and icons that are not `data:` URIs. Each file counts once.
 *
 * @param base the base the site was built for, stripped from paths to find files.
 */
export function pageWeight(siteDir: string, file: string, base = '/'): PageWeight {
  const fileOf = (sitePath: string) => path.join(siteDir, sitePath.slice(base.length).split(/[?#]/)[0]!);
  const html = readFileSync(path.join(siteDir, file));
  const document = parse(html.toString());
  const seen = new Set<string>();
  let css = ZERO;
  let js = ZERO;
  let other = ZERO;
  let scripts = 0;

  const visitScript = (sitePath: string) => {
    if (seen.has(sitePath)) return;
    seen.add(sitePath);
    const bytes = readFileSync(fileOf(sitePath));
    js = add(js, sizeOf(bytes));
    scripts++;
    for (const [, target] of bytes.toString().matchAll(STATIC_IMPORT))
      visitScript(path.posix.resolve(path.posix.dirname(sitePath), target!));
  };
  const visitOther = (sitePath: string) => {
    if (seen.has(sitePath)) return;
    seen.add(sitePath);
    other = add(other, sizeOf(readFileSync(fileOf(sitePath))));
  };
  const local = (target: string | undefined): target is string => !!target && target.startsWith('/') && !target.startsWith('//');

  for (const link of document.querySelectorAll('link[rel~="stylesheet"][href]')) {
    const sitePath = link.getAttribute('href')!;
    if (!local(sitePath) || seen.has(sitePath)) continue;
    seen.add(sitePath);
    const bytes = readFileSync(fileOf(sitePath));
    css = add(css, sizeOf(bytes));
    for (const [, target] of bytes.toString().matchAll(CSS_URL)) visitOther(path.posix.resolve(path.posix.dirname(sitePath), target!));
  }
  for (const script of document.querySelectorAll('script[src], link[rel="modulepreload"][href]')) {
    const sitePath = script.getAttribute('src') ?? script.getAttribute('href');
    if (local(sitePath)) visitScript(sitePath);
  }
  for (const element of document.querySelectorAll('img[src], link[rel~="icon"][href], link[rel="preload"][href]')) {
    const sitePath = element.getAttribute('src') ?? element.getAttribute('href');
    if (local(sitePath)) visitOther(sitePath);
  }

  const htmlSize = sizeOf(html);
  return {
    file,
    requests: 1 + seen.size,
    scripts,
    html: htmlSize,
    css,
    js,
    total: add(add(add(htmlSize, css), js), other),
    resources: [...seen],
  };
}

/** `12.3 KB`. */
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
