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

describe('npm run build', () => {
  it('leaves the served dist/ untouched and reports the content error when the build fails', () => {
    mkdirSync(path.join(project, 'dist'));
    writeFileSync(path.join(project, 'dist/index.html'), 'förra lyckade bygget');
    // An editor's mistake: a kind of intervention that does not exist.
    const file = path.join(project, 'content/insatser/nattvandring.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^kind: \w+$/m, 'kind: forebygande'));

    // Vitest puts Vite's BASE_URL, MODE … in process.env; a real `npm run build` has none of them.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(name)),
    );
    const build = spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: project,
      encoding: 'utf8',
      env: { ...env, ASTRO_TELEMETRY_DISABLED: '1' },
    });

    expect(build.status).not.toBe(0);
    expect(build.stderr).toContain('content/insatser/nattvandring.mdx');
    expect(build.stderr).toContain('Värdet "forebygande" är inte tillåtet.');
    expect(build.stderr).toContain('Webbplatsen i dist/ är orörd');
    // The editor reads the Swedish report only: no English hook message, no stack trace.
    expect(build.stderr + build.stdout).not.toMatch(/unhandled error|astro:config:setup|^\s+at /m);
    expect(readFileSync(path.join(project, 'dist/index.html'), 'utf8')).toBe('förra lyckade bygget');
    expect(existsSync(path.join(project, '.dist-staging'))).toBe(false);
  }, 120_000); // A build on a busy 2-core machine; a limit, not a timing.
});
