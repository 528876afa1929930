import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../src/i18n/index.ts';
import { launchBrowser } from './support/browser.ts';
import { buildSite, htmlPages, pagePath, root } from './support/build.ts';
import { checkSampleConfig, NGINX, serveWithNginx, type NginxSite } from './support/nginx.ts';
import { watchForProblems } from './support/page-problems.ts';

const BASE = '/riktlinjer/';
/** The build for /riktlinjer/, apart from the test build that the other tests share, and of this run only. */
const siteDir = path.join(root, `node_modules/.cache/test-dist-riktlinjer-${process.pid}`);
const hasNginx = existsSync(NGINX);
// On a developer's machine a missing nginx skips this file with a note; in CI, which installs it, a missing nginx is a failure.
if (!hasNginx && process.env.CI)
  throw new Error(`tests/nginx.test.ts: ${NGINX} saknas i CI. .ci/run ska installera det med "apt-get install -y nginx".`);
if (!hasNginx)
  console.warn(`tests/nginx.test.ts hoppas över: ${NGINX} saknas. Installera det med "apt-get install -y nginx" (.ci/run gör det).`);

let site: NginxSite;
let browser: Browser;
let context: BrowserContext;
let problems: string[];

/** Opens a page of the site (a path below the base) and waits until it has loaded, or also until the network is quiet. */
async function open(page: Page, sitePath: string, waitUntil: 'load' | 'networkidle' = 'networkidle'): Promise<Response> {
  const response = await page.goto(new URL(sitePath.replace(/^\//, ''), site.url).href, { waitUntil });
  return response!;
}

describe.skipIf(!hasNginx)('the site built for /riktlinjer/ behind the shipped nginx configuration', () => {
  beforeAll(async () => {
    buildSite(siteDir, { SITE_BASE: BASE });
    site = await serveWithNginx(siteDir, BASE);
    browser = await launchBrowser();
    context = await browser.newContext();
    problems = await watchForProblems(context, site.origin);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    rmSync(siteDir, { recursive: true, force: true });
  });

  it('serves every page with the security headers, and no page breaks its Content-Security-Policy, fails a request or calls another origin', async () => {
    problems.length = 0;
    const page = await context.newPage();
    const pages = htmlPages(siteDir).filter((file) => file !== '404.html');
    expect(pages.length).toBeGreaterThan(60);
    const missingHeaders: string[] = [];
    for (const file of pages) {
      const response = await open(page, pagePath(file), 'load');
      const headers = response.headers();
      const csp = headers['content-security-policy'] ?? '';
      const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
      const styleSrc = /style-src ([^;]*)/.exec(csp)?.[1] ?? '';
      const wrong = [
        response.status() !== 200 && `status ${response.status()}`,
        !csp.includes("frame-ancestors 'none'") && 'frame-ancestors',
        (scriptSrc === '' || /unsafe-inline|'unsafe-eval'/.test(scriptSrc)) && `script-src "${scriptSrc}"`,
        !scriptSrc.includes("'wasm-unsafe-eval'") && 'wasm-unsafe-eval',
        (styleSrc === '' || styleSrc.includes('unsafe-inline')) && `style-src "${styleSrc}"`,
        headers['x-content-type-options'] !== 'nosniff' && 'X-Content-Type-Options',
        !headers['referrer-policy'] && 'Referrer-Policy',
        !headers['permissions-policy'] && 'Permissions-Policy',
        headers['cache-control'] !== 'no-cache' && `Cache-Control "${headers['cache-control']}"`,
        headers['content-encoding'] !== 'gzip' && 'Content-Encoding gzip',
        headers['content-type'] !== 'text/html; charset=utf-8' && `Content-Type "${headers['content-type']}"`,
      ].filter(Boolean);
      if (wrong.length) missingHeaders.push(`${pagePath(file)}: ${wrong.join(', ')}`);
    }
    await page.close();
    expect(missingHeaders).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('enforces the policy: an inline style or script added to a page is blocked and reported', async () => {
    problems.length = 0;
    const page = await context.newPage();
    await open(page, '/');
    await page.evaluate(() => {
      document.body.setAttribute('style', 'outline: 1px solid red');
      const script = document.createElement('script');
      script.textContent = 'document.title = "inline"';
      document.body.append(script);
    });
    await expect.poll(() => problems.filter((problem) => problem.startsWith('CSP')).length).toBe(2);
    expect(await page.title()).not.toBe('inline');
    expect(problems.join('\n')).toMatch(/style-src-attr[\s\S]*script-src-elem|script-src-elem[\s\S]*style-src-attr/);
    await page.close();
  });

  it('links every page, script, stylesheet and download to an address below /riktlinjer/ that answers 200', async () => {
    const targets = new Map<string, string>();
    for (const file of htmlPages(siteDir)) {
      const document = parse(readFileSync(path.join(siteDir, file), 'utf8'));
      for (const element of document.querySelectorAll('a[href], link[href], script[src], img[src], form[action]')) {
        const target = element.getAttribute('href') ?? element.getAttribute('src') ?? element.getAttribute('action')!;
        if (target.startsWith('/')) targets.set(target.split('#')[0]!, file);
      }
    }
    const broken: string[] = [];
    for (const [target, file] of targets) {
      if (!target.startsWith(BASE)) {
        broken.push(`${file}: ${target} ligger utanför ${BASE}`);
        continue;
      }
      const response = await fetch(new URL(target, site.origin), { method: 'HEAD', redirect: 'manual' });
      if (response.status !== 200) broken.push(`${file}: ${target} svarar ${response.status}`);
    }
    expect(targets.size).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });

  it('caches hashed assets and Pagefind’s hashed index files for a year, and revalidates Pagefind’s fixed-name files', async () => {
    problems.length = 0;
    const page = await context.newPage();
    const cacheControl = new Map<string, string>();
    page.on('response', (response) => cacheControl.set(new URL(response.url()).pathname, response.headers()['cache-control'] ?? ''));
    await open(page, '/sok/?q=nattvandring');
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('träff'));
    await page.close();
    const byKind = (pattern: RegExp) => [...cacheControl].filter(([file]) => pattern.test(file));
    const immutable = 'public, max-age=31536000, immutable';
    expect(byKind(/\/_astro\/.+\.(css|js)$/).length).toBeGreaterThanOrEqual(2);
    for (const [file, value] of byKind(/\/_astro\//)) expect(value, file).toBe(immutable);
    expect(byKind(/\.pf_(meta|index|fragment|filter)$/).length).toBeGreaterThanOrEqual(3);
    for (const [file, value] of byKind(/\.pf_\w+$/)) expect(value, file).toBe(immutable);
    const fixedNames = byKind(/\/pagefind\/(pagefind\.js|pagefind-entry\.json|ordforrad\.json|wasm\.\w+\.pagefind)$/);
    expect(fixedNames.map(([file]) => path.basename(file)).sort()).toEqual([
      'ordforrad.json',
      'pagefind-entry.json',
      'pagefind.js',
      'wasm.sv.pagefind',
    ]);
    for (const [file, value] of fixedNames) expect(value, file).toBe('no-cache');
    expect(problems).toEqual([]);
  });

  it('searches, opens a result, filters the catalogue and downloads the matrix as CSV under /riktlinjer/', async () => {
    problems.length = 0;
    const page = await context.newPage();
    await open(page, '/');
    const field = page.getByRole('searchbox', { name: t('search.field') }).first();
    await field.fill('nattvandring');
    await field.press('Enter');
    await page.waitForURL(`${site.url}sok/?q=nattvandring`);
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('träff'));
    const first = page.getByRole('list', { name: 'Sökresultat' }).getByRole('link', { name: 'Nattvandring', exact: true });
    expect(await first.getAttribute('href')).toBe(`${BASE}insatser/nattvandring/`);
    await first.click();
    await page.waitForURL(`${site.url}insatser/nattvandring/`);

    await open(page, '/insatser/');
    const all = await page.locator('[data-facet-status]').textContent();
    await page
      .getByRole('group', { name: t('facet.slag') })
      .getByRole('checkbox')
      .first()
      .check();
    await expect.poll(() => new URL(page.url()).search).toMatch(/^\?slag=/);
    await expect.poll(() => page.locator('[data-facet-status]').textContent()).not.toBe(all);

    await open(page, '/ansvar/');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: new RegExp(t('ansvar.download')) }).click(),
    ]);
    expect(download.url()).toBe(`${site.url}ansvar/ansvarsmatris.csv`);
    expect(await download.failure()).toBeNull();
    const csv = readFileSync((await download.path())!);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('ships a sample nginx.conf that nginx accepts as it is, apart from paths and port', async () => {
    expect(await checkSampleConfig(siteDir)).toMatch(/syntax is ok[\s\S]*test is successful/);
  });

  it('answers an unknown address with the site’s own 404 page, styled and with the headers', async () => {
    problems.length = 0;
    const page = await context.newPage();
    const response = await open(page, '/finns-inte/');
    expect(response.status()).toBe(404);
    expect(response.headers()['content-security-policy']).toContain("default-src 'none'");
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBeTruthy();
    expect(await page.evaluate(() => document.styleSheets.length)).toBe(1);
    await page.close();
    expect(problems.filter((problem) => !problem.includes('/finns-inte/'))).toEqual([]);
  });
});
