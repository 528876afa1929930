import { describe, expect, it } from 'vitest';
import { remarkComponentSource } from './remark-component-source.ts';

const jsx = (name: string, line: number, type = 'mdxJsxFlowElement') => ({
  type,
  name,
  attributes: [{ type: 'mdxJsxAttribute', name: 'aktor', value: 'socialnamnden' }],
  position: { start: { line, column: 1 } },
});

describe('remarkComponentSource', () => {
  it('tells each editor component its file, line and column relative to the project root', () => {
    const ansvar = jsx('Ansvar', 12);
    const inline = jsx('Begrepp', 3, 'mdxJsxTextElement');
    const other = jsx('Okand', 5);
    const tree = { type: 'root', children: [ansvar, { type: 'paragraph', children: [inline] }, other] };
    remarkComponentSource({ root: '/projekt', names: ['Ansvar', 'Begrepp'] })(tree, {
      path: '/projekt/content/riktlinjer/uppfoljning.mdx',
    });
    expect(ansvar.attributes.at(-1)).toEqual({
      type: 'mdxJsxAttribute',
      name: 'mdxSource',
      value: 'content/riktlinjer/uppfoljning.mdx:12:1',
    });
    expect(inline.attributes.at(-1)?.value).toBe('content/riktlinjer/uppfoljning.mdx:3:1');
    expect(other.attributes).toHaveLength(1);
  });

  it('replaces a source an editor wrote by hand', () => {
    const node = jsx('Ansvar', 2);
    node.attributes.push({ type: 'mdxJsxAttribute', name: 'mdxSource', value: 'fel' });
    remarkComponentSource({ root: '/p', names: ['Ansvar'] })({ type: 'root', children: [node] }, { path: '/p/a.mdx' });
    expect(node.attributes.filter((a) => a.name === 'mdxSource').map((a) => a.value)).toEqual(['a.mdx:2:1']);
  });
});
