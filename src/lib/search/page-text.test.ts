import { describe, expect, it } from 'vitest';
import { indexedText } from './page-text.ts';

describe('indexedText', () => {
  it('takes the indexed body without ignored parts, keeping words of adjacent blocks apart', () => {
    const html =
      '<html><body><header>Meny</header><main data-pagefind-body><h1>Lägesbild</h1><p>Varje <a href="#">år</a>.</p>' +
      '<nav data-pagefind-ignore>Innehåll</nav><ul><li>ansvar</li><li>samverkan</li></ul></main></body></html>';
    const text = indexedText(html);
    expect(text.split(/\s+/).filter(Boolean)).toEqual(['Lägesbild', 'Varje', 'år.', 'ansvar', 'samverkan']);
  });

  it('gives nothing for a page that is not indexed', () => {
    expect(indexedText('<html><body><main><h1>Sök</h1></main></body></html>')).toBe('');
  });
});
