import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CODE_QUALITY_REPORT } from '../src/lib/content-check/ci-reports.ts';

const root = path.resolve(import.meta.dirname, '..');
const script = path.join(root, 'scripts/check-content.ts');

let project: string;
beforeEach(() => {
  project = mkdtempSync(path.join(tmpdir(), 'check-content-'));
  cpSync(path.join(root, 'tests/fixtures/content/valid'), project, { recursive: true });
});
afterEach(() => rmSync(project, { recursive: true, force: true }));

/** Runs `npm run check:content` in the temp project as the CI system `ci` would, without the CI variables of the run around it. */
function check(ci: Record<string, string>, ...args: string[]) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !['GITHUB_ACTIONS', 'GITHUB_STEP_SUMMARY', 'GITLAB_CI'].includes(name)),
  );
  return spawnSync(process.execPath, [script, ...args], { cwd: project, encoding: 'utf8', env: { ...env, ...ci } });
}

/** An editor's mistake: a kind of intervention that does not exist. */
function breakContent() {
  const file = path.join(project, 'content/insatser/nattvandring.mdx');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^kind: \w+$/m, 'kind: forebygande'));
}

const report = (name = CODE_QUALITY_REPORT) => JSON.parse(readFileSync(path.join(project, name), 'utf8')) as unknown[];

describe('npm run check:content in CI', () => {
  it('writes an empty Code Quality report on GitLab when the content is correct', () => {
    const run = check({ GITLAB_CI: 'true' });
    expect(run.status).toBe(0);
    expect(report()).toEqual([]);
  });

  it('writes each problem to the Code Quality report on GitLab and still prints the Swedish report', () => {
    breakContent();
    const run = check({ GITLAB_CI: 'true' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('content/insatser/nattvandring.mdx:4 — kind: Värdet "forebygande" är inte tillåtet.');
    expect(report()).toEqual([expect.objectContaining({ location: { path: 'content/insatser/nattvandring.mdx', lines: { begin: 4 } } })]);
    expect(run.stdout).not.toContain('::error');
  });

  it('writes the Code Quality report where --codequality says', () => {
    breakContent();
    check({ GITLAB_CI: 'true' }, '--codequality=rapport.json');
    expect(report('rapport.json')).toHaveLength(1);
    expect(existsSync(path.join(project, CODE_QUALITY_REPORT))).toBe(false);
  });

  it('prints annotations on GitHub and the Swedish report, and writes no Code Quality report', () => {
    breakContent();
    const run = check({ GITHUB_ACTIONS: 'true' });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^::error file=content\/insatser\/nattvandring\.mdx,line=4,title=kind::Värdet "forebygande"/m);
    expect(run.stderr).toContain('Så rättar du:');
    expect(existsSync(path.join(project, CODE_QUALITY_REPORT))).toBe(false);
  });

  it('prints only the Swedish report outside CI', () => {
    breakContent();
    const run = check({});
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Värdet "forebygande" är inte tillåtet.');
    expect(run.stdout).toBe('');
    expect(existsSync(path.join(project, CODE_QUALITY_REPORT))).toBe(false);
  });
});
