/**
 * `npm run bilder:guide`: takes the screenshots in the editor guide's
 * "Första gången" (`content/sidor/om/redigera.mdx`) from this site's own
 * pages in Chromium, at a phone's width, and writes them to
 * `public/bilder/guide/`. Run it again when the pages change; it works on a
 * copy of the project, so the real content is never touched.
 *
 * 1. `redigera-lanken.png`: a section's heading and the "Redigera den här sidan"
 *    link, in a build with an example repository set (`editing` in the settings).
 * 2. `fel-i-webblasaren.png`: the Swedish report `npm run dev` shows on every
 *    page while the content has a mistake (a misspelt `kind`).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { problemText } from '../src/i18n/problems.ts';
import { t } from '../src/i18n/index.ts';
import { launchBrowser } from '../tests/support/browser.ts';
import { buildSite, root } from '../tests/support/build.ts';
import { serveSite } from '../tests/support/static-server.ts';
import { copyProject } from './bench/project-copy.ts';

const OUT = path.join(root, 'public/bilder/guide');
const PHONE = { width: 390, height: 844 };
const SECTION = '/riktlinjer/lagesbild-och-planer/';
const SETTINGS = 'content/installningar/webbplats.yaml';
const MISTAKE = 'content/insatser/nattvandring.mdx';
/** An example repository: the link's address is not in the picture, only the link. */
const EDITING = 'editing:\n  repository: https://github.com/stockholm/riktlinjer\n  host: github\n';
const WAIT_MS = 120_000;

/** Waits until `ready` gives a value, polling; throws after WAIT_MS. */
async function until<T>(what: string, ready: () => T | undefined | Promise<T | undefined>): Promise<T> {
  const end = Date.now() + WAIT_MS;
  while (Date.now() < end) {
    const value = await ready();
    if (value !== undefined) return value;
    await sleep(250);
  }
  throw new Error(`Timed out waiting for ${what}.`);
}

/**
 * Screenshots the page from the top of `top` to the bottom of `bottom`, at full width, as the reader sees it on a
 * phone, and saves it as a palette PNG: a screenshot has few colours, so it costs a reader a third of the bytes.
 */
async function shoot(page: Page, top: string, bottom: string, file: string): Promise<void> {
  const start = await page.locator(top).first().boundingBox();
  const end = await page.locator(bottom).last().boundingBox();
  if (!start || !end) throw new Error(`Nothing to show for ${file}.`);
  const y = Math.max(0, start.y - 16);
  const shot = await page.screenshot({ clip: { x: 0, y, width: PHONE.width, height: end.y + end.height + 16 - y } });
  await sharp(shot).png({ palette: true, effort: 10 }).toFile(path.join(OUT, file));
}

const copy = copyProject(root);
const browser = await launchBrowser();
mkdirSync(OUT, { recursive: true });
try {
  const page = await browser.newPage({ viewport: PHONE });

  writeFileSync(path.join(copy.root, SETTINGS), `${readFileSync(path.join(copy.root, SETTINGS), 'utf8')}${EDITING}`);
  const site = await serveSite(buildSite(path.join(copy.root, 'dist'), {}, copy.root));
  try {
    await page.goto(new URL(SECTION.slice(1), site.url).href);
    await page.getByRole('link', { name: t('meta.edit') }).focus();
    await shoot(page, 'main', '.rvbe-meta__edit', 'redigera-lanken.png');
  } finally {
    await site.close();
  }

  const astro = path.join(root, 'node_modules/.bin/astro');
  const server = spawn(astro, ['dev', '--host', '127.0.0.1', '--port', '0'], {
    cwd: copy.root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  let terminal = '';
  for (const stream of [server.stdout, server.stderr])
    stream.on('data', (chunk: Buffer) => (terminal += stripVTControlCharacters(chunk.toString())));
  try {
    const url = await until('the dev server', () => /Local\s+(http:\/\/127\.0\.0\.1:\d+\/)/.exec(terminal)?.[1]);
    const file = path.join(copy.root, MISTAKE);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^kind: \w+$/m, 'kind: forebygande'));
    await until('the report', async () => {
      await page.goto(new URL(SECTION.slice(1), url).href);
      return (await page.getByRole('heading', { level: 1, name: problemText('dev.title') }).count()) > 0 || undefined;
    });
    await shoot(page, 'main', 'main', 'fel-i-webblasaren.png');
  } finally {
    server.kill();
  }
  process.stdout.write(`Bilderna finns i ${path.relative(root, OUT)}/.\n`);
} finally {
  await browser.close();
  copy.remove();
}
