import path from 'node:path';
import { visit } from 'unist-util-visit';
import { SOURCE_PROP } from './editor-components.ts';

/** The parts of an MDX JSX node (mdast-util-mdx-jsx) this plugin reads and writes. */
interface JsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number; column: number } };
}
interface Tree {
  type: string;
  children?: unknown[];
}

const isJsx = (node: { type: string }): node is JsxNode => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/**
 * Remark plugin: tells each editor component where it is used, by adding a
 * `mdxSource="content/riktlinjer/uppfoljning.mdx:12:5"` prop. Astro gives a
 * component no way to know which MDX file renders it, and an editor who mistypes
 * `<Ansvar aktor="…">` needs the file and line in the build error.
 * @param root the project root, so the path is written relative to it.
 * @param names the components to mark.
 */
export function remarkComponentSource({ root, names }: { root: string; names: readonly string[] }) {
  return (tree: Tree, file: { path?: string }) => {
    if (!file.path) return;
    const relative = path.relative(root, file.path).split(path.sep).join('/');
    visit(tree as never, (node: { type: string }) => {
      if (!isJsx(node) || !node.name || !names.includes(node.name) || !node.position) return;
      const { line, column } = node.position.start;
      node.attributes = node.attributes.filter((attribute) => attribute.name !== SOURCE_PROP);
      node.attributes.push({ type: 'mdxJsxAttribute', name: SOURCE_PROP, value: `${relative}:${line}:${column}` });
    });
  };
}
