/**
 * The CI files cannot run here (no GitHub or GitLab), so they are checked
 * against each host's own schema offline: GitHub's workflow schema as
 * action-validator ships it (WebAssembly, in the npm package), GitLab's CI
 * schema as gitlab-ci-local bundles it and validates with it. What the content
 * report relies on is then checked by name.
 */
import { validateWorkflow } from '@action-validator/core';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CODE_QUALITY_REPORT } from '../src/lib/content-check/ci-reports.ts';

const root = path.resolve(import.meta.dirname, '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const githubWorkflow = read('.github/workflows/innehall.yml');
const gitlabPipeline = read('.gitlab-ci.yml');

/** The major version of Node the project runs on: the `node` package it installs. */
const projectNode = (JSON.parse(read('package.json')) as { devDependencies: Record<string, string> }).devDependencies.node!.match(
  /\d+/,
)![0];

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** Validates a `.gitlab-ci.yml` text with gitlab-ci-local, in a folder of its own (it writes `.gitlab-ci-local/` there). */
function validateGitlab(text: string) {
  const folder = mkdtempSync(path.join(tmpdir(), 'gitlab-ci-'));
  folders.push(folder);
  writeFileSync(path.join(folder, '.gitlab-ci.yml'), text);
  const cli = path.join(root, 'node_modules/.bin/gitlab-ci-local');
  return spawnSync(process.execPath, [cli, '--list', '--json-schema-validation'], { cwd: folder, encoding: 'utf8' });
}

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}

describe('the GitHub workflow', () => {
  const workflow = parse(githubWorkflow) as { jobs: Record<string, { steps: Step[] }> };
  const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

  it('is valid by GitHub’s workflow schema', () => {
    expect(validateWorkflow(githubWorkflow).errors).toEqual([]);
  });

  it('is checked by a validator that finds a misspelt key', () => {
    expect(validateWorkflow(githubWorkflow.replace('timeout-minutes:', 'timeout-minuter:')).errors).not.toEqual([]);
  });

  it('checks the content before it builds the site', () => {
    const runs = workflow.jobs.kontroll!.steps.map((step) => step.run);
    expect(runs.indexOf('npm run check:content')).toBeGreaterThan(runs.indexOf('npm ci'));
    expect(runs.indexOf('npm run build')).toBeGreaterThan(runs.indexOf('npm run check:content'));
  });

  it('pins every action to a major version and sets up the Node the project runs on', () => {
    const actions = steps.flatMap((step) => (step.uses ? [step.uses] : []));
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.filter((action) => !/^[\w-]+\/[\w-]+@v\d+$/.test(action))).toEqual([]);
    const nodeVersions = steps
      .filter((step) => step.uses?.startsWith('actions/setup-node@'))
      .map((step) => String(step.with?.['node-version']));
    expect(nodeVersions).not.toEqual([]);
    expect(nodeVersions.filter((version) => version !== projectNode)).toEqual([]);
  });
});

interface GitlabJob {
  script: string[];
  artifacts?: { when?: string; reports?: { codequality?: string } };
}

describe('the GitLab pipeline', () => {
  const pipeline = parse(gitlabPipeline) as Record<string, unknown>;
  const jobs = Object.values(pipeline) as Partial<GitlabJob>[];
  const defaults = pipeline.default as { image: string; before_script: string[] };

  it('is valid by GitLab’s CI schema', () => {
    const result = validateGitlab(gitlabPipeline);
    expect(result.stderr + result.stdout).toContain('json schema validated');
    expect(result.status).toBe(0);
  });

  it('is checked by a validator that finds a value GitLab does not allow', () => {
    const result = validateGitlab(gitlabPipeline.replace('when: always', 'when: sometimes'));
    expect(result.status).not.toBe(0);
    expect(result.stderr + result.stdout).toContain('artifacts.when');
  });

  it('hands GitLab the Code Quality report that the content check writes, also when the check fails', () => {
    const check = jobs.find((job) => job.script?.includes('npm run check:content'));
    expect(check?.artifacts).toEqual({ when: 'always', reports: { codequality: CODE_QUALITY_REPORT } });
    expect(check!.script!.indexOf('npm run build')).toBeGreaterThan(check!.script!.indexOf('npm run check:content'));
  });

  it('installs with npm ci on the Node the project runs on', () => {
    expect(defaults.image).toBe(`node:${projectNode}`);
    expect(defaults.before_script.some((line) => line.startsWith('npm ci'))).toBe(true);
  });
});
