import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
/** What a build needs from the project; node_modules is linked, not copied. */
const PROJECT_FILES = ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'content', 'public', 'scripts'];

let project: string;

beforeAll(() => {
  project = mkdtempSync(path.join(tmpdir(), 'build-'));
  for (const name of PROJECT_FILES) cpSync(path.join(root, name), path.join(project, name), { recursive: true });
  symlinkSync(path.join(root, 'node_modules'), path.join(project, 'node_modules'), 'dir');
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** Runs a command of the project copy with Node, as npm would. */
function run(args: string[]) {
  // Vitest puts Vite's BASE_URL, MODE … in process.env; a real `npm run build` has none of them.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(name)),
  );
  return spawnSync(process.execPath, args, { cwd: project, encoding: 'utf8', env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' } });
}

/** The checker's report of the mistake below, matched on its stable parts (where, and the fix label). */
const REPORT = /content\/insatser\/nattvandring\.mdx:4 .*\n\s+Så rättar du:/;
/** Astro's English wrapper around an error thrown from a hook, and stack-trace lines. */
const ENGLISH_WRAPPER = /unhandled error|astro:config:setup|^\s+at /m;
/** Any line of Astro's own log, such as `[content] Syncing content` or its English schema errors. */
const ASTRO_LOG = /\[(content|build|vite|types|ERROR)\]|InvalidContentEntry/;

/** Every file under `folder` with its bytes, by path. */
function filesOf(folder: string): Map<string, Buffer> {
  return new Map(
    readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((file) => statSync(path.join(folder, file)).isFile())
      .map((file) => [file, readFileSync(path.join(folder, file))]),
  );
}

describe('a build of correct content', () => {
  it('npm run build, which indexes and compresses after Astro has ended, writes the same files as astro build', () => {
    const astro = path.join(project, 'node_modules/astro/bin/astro.mjs');
    expect(run([astro, 'build', '--outDir', path.join(project, 'direct-dist')]).status).toBe(0);
    const build = run(['scripts/build.ts']);
    expect(build.status).toBe(0);
    expect(build.stdout).toMatch(/\[riktlinjer:search-index\] \d+ sidor indexerade/);

    const direct = filesOf(path.join(project, 'direct-dist'));
    const staged = filesOf(path.join(project, 'dist'));
    expect([...staged.keys()].sort()).toEqual([...direct.keys()].sort());
    // The search index, its vocabulary and the compressed copies among them.
    expect([...staged.keys()].filter((file) => file.startsWith('pagefind/') || file.endsWith('.gz')).length).toBeGreaterThan(100);
    for (const [file, bytes] of staged) expect(bytes.equals(direct.get(file)!), file).toBe(true);
    rmSync(path.join(project, 'direct-dist'), { recursive: true });
    rmSync(path.join(project, 'dist'), { recursive: true });
  }, 240_000); // Two builds on a busy 2-core machine; a limit, not a timing.
});

describe('a build with a mistake in the content', () => {
  beforeAll(() => {
    // An editor's mistake: a kind of intervention that does not exist.
    const file = path.join(project, 'content/insatser/nattvandring.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^kind: \w+$/m, 'kind: forebygande'));
  });

  it('npm run build leaves the served dist/ untouched and reports the content error', () => {
    mkdirSync(path.join(project, 'dist'));
    writeFileSync(path.join(project, 'dist/index.html'), 'förra lyckade bygget');

    const build = run(['scripts/build.ts']);

    expect(build.status).not.toBe(0);
    expect(build.stderr).toMatch(REPORT);
    expect(build.stderr).toContain('Webbplatsen i dist/ är orörd');
    // The editor reads the Swedish report only: no English hook message, no stack trace, nothing from the Astro
    // process that started beside the check.
    expect(build.stderr + build.stdout).not.toMatch(ENGLISH_WRAPPER);
    expect(build.stderr + build.stdout).not.toMatch(ASTRO_LOG);
    expect(readFileSync(path.join(project, 'dist/index.html'), 'utf8')).toBe('förra lyckade bygget');
    expect(existsSync(path.join(project, '.dist-staging'))).toBe(false);
  }, 120_000); // A build on a busy 2-core machine; a limit, not a timing.

  it('astro build, run directly, stops with the same report alone', () => {
    const astro = path.join(project, 'node_modules/astro/bin/astro.mjs');
    const build = run([astro, 'build', '--outDir', path.join(project, 'direct-dist')]);

    expect(build.status).toBe(1);
    expect(build.stderr).toMatch(REPORT);
    expect(build.stderr + build.stdout).not.toMatch(ENGLISH_WRAPPER);
    expect(existsSync(path.join(project, 'direct-dist'))).toBe(false);
  }, 120_000);
});
