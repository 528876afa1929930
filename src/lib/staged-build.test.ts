import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildFolders, discardStaging, recoverDist, replaceDist, type BuildFolders } from './staged-build.ts';

let root: string;
let folders: BuildFolders;
const page = (folder: string) => readFileSync(path.join(folder, 'index.html'), 'utf8');
const writePage = (folder: string, text: string) => {
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'index.html'), text);
};

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'staged-build-'));
  folders = buildFolders(root);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('staged build', () => {
  it('replaces the served build with the new one and removes the old one', () => {
    writePage(folders.dist, 'gammal');
    writePage(folders.staging, 'ny');
    replaceDist(folders);
    expect(page(folders.dist)).toBe('ny');
    expect(existsSync(folders.staging)).toBe(false);
    expect(existsSync(folders.previous)).toBe(false);
  });

  it('moves the new build in when nothing was served before', () => {
    writePage(folders.staging, 'ny');
    replaceDist(folders);
    expect(page(folders.dist)).toBe('ny');
  });

  it('refuses to swap when there is no new build, and leaves the served one alone', () => {
    writePage(folders.dist, 'gammal');
    expect(() => replaceDist(folders)).toThrow(/Det finns inget nytt bygge/);
    expect(page(folders.dist)).toBe('gammal');
  });

  it('puts the served build back when a swap was cut off between its two renames', () => {
    writePage(folders.previous, 'gammal');
    expect(recoverDist(folders)).toBe(true);
    expect(page(folders.dist)).toBe('gammal');
    expect(recoverDist(folders)).toBe(false);
  });

  it('discards what a failed build left in the staging folder', () => {
    writePage(folders.staging, 'halvfärdig');
    discardStaging(folders);
    expect(existsSync(folders.staging)).toBe(false);
  });
});
