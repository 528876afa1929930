import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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
    // The editor reads the Swedish report only: no English hook message, no stack trace.
    expect(build.stderr + build.stdout).not.toMatch(ENGLISH_WRAPPER);
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
