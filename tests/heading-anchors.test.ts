import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { parseBody } from '../src/lib/content-source/mdx-tree.ts';
import { entryPage, headingAnchors } from '../src/lib/content-source/site-map.ts';
import { readContent } from '../src/lib/content-source/source.ts';
import { root } from './support/build.ts';

const siteDir = inject('siteDir');

describe('anchors the content checker allows links to', () => {
  it('are the ids Astro gives the headings of every page built from MDX', () => {
    const missing: string[] = [];
    for (const entry of readContent(root)) {
      const page = entryPage[entry.collection]?.(entry.id);
      if (!page) continue;
      const document = parse(readFileSync(path.join(siteDir, page.slice(1), 'index.html'), 'utf8'));
      for (const anchor of headingAnchors(parseBody(entry).tree)) {
        if (!document.getElementById(anchor)) missing.push(`${page}#${anchor}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
