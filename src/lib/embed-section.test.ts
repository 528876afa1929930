import { describe, expect, it } from 'vitest';
import { embedSection } from './embed-section.ts';

describe('embedSection', () => {
  it('moves headings one level down', () => {
    expect(embedSection('<h2 id="mal">Mål</h2><h3 id="del">Del</h3>', 's')).toBe('<h3 id="s--mal">Mål</h3><h4 id="s--del">Del</h4>');
  });

  it('prefixes ids and in-page links so two sections cannot clash', () => {
    const footnote =
      '<p><sup><a href="#fotnot-fn-1" id="fotnot-fnref-1" aria-describedby="footnote-label">1</a></sup></p>' +
      '<section class="footnotes"><h2 id="footnote-label">Fotnoter</h2><ol><li id="fotnot-fn-1">Källa <a href="#fotnot-fnref-1">↩</a></li></ol></section>';
    const html = embedSection(footnote, 'uppfoljning');
    expect(html).toContain('href="#uppfoljning--fotnot-fn-1"');
    expect(html).toContain('id="uppfoljning--fotnot-fnref-1"');
    expect(html).toContain('aria-describedby="uppfoljning--footnote-label"');
    expect(html).toContain('<h3 id="uppfoljning--footnote-label">');
    expect(html).toContain('<li id="uppfoljning--fotnot-fn-1">');
  });

  it('decodes percent-encoded fragments so links still match their Swedish ids', () => {
    expect(embedSection('<a href="#m%C3%A5l">x</a><h2 id="mål">Mål</h2>', 's')).toBe('<a href="#s--mål">x</a><h3 id="s--mål">Mål</h3>');
  });

  it('prefixes the ids that popover buttons, labels and controls point to', () => {
    const html = embedSection(
      '<button popovertarget="begrepp-lagesbild-3-5" aria-controls="lista">?</button><span id="begrepp-lagesbild-3-5" popover>Definition</span>' +
        '<label for="falt">Fält</label><div role="note" aria-labelledby="faktaruta-9-1"><p id="faktaruta-9-1">Fakta</p></div>',
      'lagar',
    );
    expect(html).toContain('popovertarget="lagar--begrepp-lagesbild-3-5"');
    expect(html).toContain('id="lagar--begrepp-lagesbild-3-5"');
    expect(html).toContain('aria-controls="lagar--lista"');
    expect(html).toContain('for="lagar--falt"');
    expect(html).toContain('aria-labelledby="lagar--faktaruta-9-1"');
  });

  it('leaves links to other pages alone', () => {
    expect(embedSection('<a href="/insatser/nattvandring/">x</a>', 's')).toBe('<a href="/insatser/nattvandring/">x</a>');
  });
});
