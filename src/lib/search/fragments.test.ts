import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readFragment } from './fragments.ts';

describe('Pagefind fragments', () => {
  it('reads the address and text of a page from its fragment', () => {
    const page = { url: '/insatser/nattvandring/', content: 'Nattvandring. Förslaget nämner nattvandring.', word_count: 5 };
    expect(readFragment(gzipSync(`pagefind_dcd${JSON.stringify(page)}`))).toEqual({ url: page.url, content: page.content });
  });

  it('fails on a file that is not a fragment, instead of giving an empty vocabulary', () => {
    expect(() => readFragment(gzipSync('{"url":"/"}'))).toThrow('Okänt format på Pagefinds fragment');
  });
});
