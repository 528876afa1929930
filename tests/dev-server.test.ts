/**
 * `npm run dev` while an editor makes mistakes: the terminal and every page
 * show the content checker's Swedish report, never Astro's English errors,
 * stack traces or error overlay, and the page comes back once the mistake is
 * fixed. Runs `astro dev` in a copy of the project, so the real content is
 * never touched.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { copyProject, type ProjectCopy } from '../scripts/bench/project-copy.ts';
import { problemText } from '../src/i18n/problems.ts';
import { launchBrowser } from './support/browser.ts';
import { root } from './support/build.ts';

/** Generous for a busy 2-core machine: a limit on waiting for a condition, never a pause. */
const WAIT = { timeout: 60_000, interval: 200 };
/** The first start in a fresh clone also pre-bundles Vite's dependencies, which took over 60 s beside the other tests. */
const START = { timeout: 240_000, interval: 500 };
/**
 * What Astro prints for content errors, in English: its error names, stack-trace lines, and any error line but
 * the checker's own (such as the content loader's "Failed to reload … data does not match collection schema").
 */
const ENGLISH_ERRORS = /MDXError|InvalidContentEntryDataError|^\s+at |\[ERROR\] (?!\[riktlinjer:content-check\])/m;

const intervention = 'content/insatser/nattvandring.mdx';
const section = 'content/riktlinjer/lagesbild-och-planer.mdx';
/** The checker's report of a problem in `file`, matched on its stable parts: where, and the fix label on the next line. */
const reported = (file: string, line = '\\d+') => new RegExp(`${file.replaceAll('.', '\\.')}:${line} .*\\n\\s+Så rättar du:`);

let project: ProjectCopy;
let server: ChildProcess | undefined;
let browser: Browser | undefined;
let page: Page;
let siteUrl = '';
/** Everything the dev server has printed, stdout and stderr together, as the editor's terminal shows it. */
let terminal = '';
/** The original text of both files, to break and restore them. */
let original: Record<string, string>;

const read = (file: string) => readFileSync(path.join(project.root, file), 'utf8');
const write = (file: string, text: string) => writeFileSync(path.join(project.root, file), text);
/** Fetches a page the way a browser asks for one. */
const fetchPage = (pathname: string) => fetch(new URL(pathname, siteUrl), { headers: { accept: 'text/html' } });
const reportHeading = () => page.getByRole('heading', { level: 1, name: problemText('dev.title') });
/** Opens a page and waits until Vite's client in it listens to the dev server, so that no reload sent to it is lost. */
async function open(pathname: string) {
  const connected = page.waitForEvent('console', { predicate: (message) => message.text() === '[vite] connected.', timeout: WAIT.timeout });
  await page.goto(new URL(pathname, siteUrl).href);
  await connected;
}

const astro = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
const dev = ['dev', '--host', '127.0.0.1', '--port', '0'];
// Vitest puts Vite's BASE_URL, MODE … and its own VITEST* in process.env; a real `npm run dev` has none of them,
// and Astro's dev server serves no pages at all when it sees VITEST.
const env = {
  ...Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV'].includes(name) && !name.startsWith('VITEST'),
    ),
  ),
  ASTRO_TELEMETRY_DISABLED: '1',
};

beforeAll(() => {
  project = copyProject(root);
  original = { [intervention]: read(intervention), [section]: read(section) };
});

afterAll(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill();
    await exited;
  }
  project?.remove();
});

describe('npm run dev started with a mistake in the content', () => {
  it('does not start, and says why in Swedish alone', () => {
    write(intervention, original[intervention]!.replace(/^kind: \w+$/m, 'kind: forebygande'));
    const start = spawnSync(process.execPath, [astro, ...dev], { cwd: project.root, env, encoding: 'utf8', timeout: 90_000 });
    write(intervention, original[intervention]!);

    expect(start.status).toBe(1);
    expect(start.stderr).toMatch(reported(intervention, '4'));
    expect(start.stderr).toContain(problemText('dev.notStarted'));
    expect(start.stdout + start.stderr).not.toMatch(ENGLISH_ERRORS);
  });
});

describe('npm run dev with a mistake in the content', () => {
  beforeAll(async () => {
    server = spawn(process.execPath, [astro, ...dev], { cwd: project.root, env });
    // With CI set, Astro colours its output even into a pipe; the editor reads the words, and so does the test.
    for (const stream of [server.stdout!, server.stderr!])
      stream.on('data', (chunk: Buffer) => (terminal += stripVTControlCharacters(chunk.toString())));
    siteUrl = await vi.waitFor(() => /Local\s+(http:\/\/127\.0\.0\.1:\d+\/)/.exec(terminal)![1]!, START);
    await vi.waitFor(async () => expect((await fetchPage('/riktlinjer/lagesbild-och-planer/')).status).toBe(200), START);

    browser = await launchBrowser();
    page = await browser.newPage();
    // The first page to connect gets any reload that Vite held back while no page was open; the second starts clean.
    await open('/riktlinjer/lagesbild-och-planer/');
    await open('/riktlinjer/lagesbild-och-planer/');
  });

  // A failure says what the editor would have seen: the page in the browser and the end of the terminal.
  beforeEach(({ onTestFailed }) =>
    onTestFailed(async () => {
      console.log(`Page ${page.url()}:\n${(await page.content()).slice(0, 2000)}\n\nTerminal:\n${terminal.slice(-4000)}`);
    }),
  );

  it('reports a wrong value in frontmatter in Swedish, in the terminal and on every page', async () => {
    const start = terminal.length;
    write(intervention, original[intervention]!.replace(/^kind: \w+$/m, 'kind: forebygande'));

    await expect.poll(() => terminal.slice(start), WAIT).toMatch(reported(intervention, '4'));
    const response = await fetchPage('/insatser/nattvandring/');
    const report = await response.text();
    expect(response.status).toBe(500);
    expect(report).toContain(`<h1>${problemText('dev.title')}</h1>`);
    expect(report).toContain('<code>content/insatser/nattvandring.mdx:4</code>');
    expect(report).toContain('Så rättar du:');
    // The page already open in the browser, another one than the broken file's, reloads to the report.
    await reportHeading().waitFor(WAIT);
    expect(await page.getByRole('main').textContent()).toContain('content/insatser/nattvandring.mdx:4');
    expect(terminal.slice(start)).not.toMatch(ENGLISH_ERRORS);
  });

  it('reports an unclosed component tag in MDX the same way, with no English error overlay', async () => {
    const start = terminal.length;
    // Two saves in a row: the first mistake fixed, the second made.
    write(intervention, original[intervention]!);
    write(section, original[section]!.replace('</Faktaruta>', ''));

    await expect.poll(() => terminal.slice(start), WAIT).toMatch(reported(section));
    expect(terminal.slice(start)).not.toContain('content/insatser/nattvandring.mdx:4');
    const report = await (await fetchPage('/riktlinjer/lagesbild-och-planer/')).text();
    expect(report).toMatch(/<code>content\/riktlinjer\/lagesbild-och-planer\.mdx:\d+<\/code>/);

    // The open report reloads itself with the new problem.
    await page
      .getByRole('main')
      .getByText(/content\/riktlinjer\/lagesbild-och-planer\.mdx:\d+/)
      .waitFor(WAIT);
    expect(await reportHeading().isVisible()).toBe(true);
    expect(await page.locator('vite-error-overlay').count()).toBe(0);
    expect(terminal.slice(start)).not.toMatch(ENGLISH_ERRORS);
  });

  it('shows the page again once the mistake is fixed, and says so in the terminal', async () => {
    const start = terminal.length;
    write(section, original[section]!);

    await expect.poll(() => terminal.slice(start), WAIT).toContain(problemText('dev.fixed'));
    // The open report page reloads itself to the real page.
    const title = /^title: (.+)$/m.exec(original[section]!)![1]!;
    await page.getByRole('heading', { level: 1, name: title }).waitFor(WAIT);
    // Vite may reload the page once more for the changed module: wait for the section's content, do not just look once.
    await page.getByRole('note', { name: 'Vad lagen kräver' }).waitFor(WAIT);
    expect((await fetchPage('/insatser/nattvandring/')).status).toBe(200);
    expect(terminal).not.toMatch(ENGLISH_ERRORS);
  });
});
