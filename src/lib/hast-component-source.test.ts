import { pathToFileURL } from 'node:url';
import { evaluate } from 'satteri';
import { describe, expect, it } from 'vitest';
import { hastComponentSource } from './hast-component-source.ts';

/** Compiles and renders MDX from `file` with the plugin, and returns the props each component was rendered with. */
function componentProps(mdx: string, file: string, names: string[]) {
  const rendered: { name: string; props: Record<string, unknown> }[] = [];
  // Components are passed by name below; HTML elements are plain names too, but in lower case.
  const jsx = (type: unknown, props: unknown) => {
    if (typeof type === 'string' && /^[A-Z]/.test(type)) rendered.push({ name: type, props: props as Record<string, unknown> });
    return null;
  };
  const { default: content } = evaluate(mdx, {
    Fragment: Symbol('Fragment'),
    jsx,
    jsxs: jsx,
    fileURL: pathToFileURL(file),
    hastPlugins: [hastComponentSource({ root: '/projekt', names })],
  }) as { default: (props: { components: Record<string, string> }) => unknown };
  content({ components: { Ansvar: 'Ansvar', Begrepp: 'Begrepp', Okand: 'Okand' } });
  return rendered;
}

describe('hastComponentSource', () => {
  it('tells each editor component its file, line and column relative to the project root', () => {
    const mdx = '# Uppföljning\n\n<Ansvar aktor="socialnamnden" />\n\nÅrlig <Begrepp term="lagesbild">lägesbild</Begrepp>.\n\n<Okand />\n';
    expect(componentProps(mdx, '/projekt/content/riktlinjer/uppfoljning.mdx', ['Ansvar', 'Begrepp'])).toEqual([
      { name: 'Ansvar', props: { aktor: 'socialnamnden', mdxSource: 'content/riktlinjer/uppfoljning.mdx:3:1' } },
      { name: 'Begrepp', props: { term: 'lagesbild', mdxSource: 'content/riktlinjer/uppfoljning.mdx:5:7', children: 'lägesbild' } },
      { name: 'Okand', props: {} },
    ]);
  });

  it('replaces a source an editor wrote by hand', () => {
    expect(componentProps('\n<Ansvar mdxSource="fel" aktor="polisen" />\n', '/projekt/a.mdx', ['Ansvar'])).toEqual([
      { name: 'Ansvar', props: { mdxSource: 'a.mdx:2:1', aktor: 'polisen' } },
    ]);
  });
});
