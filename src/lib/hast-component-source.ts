import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, type HastVisitorContext, type MdxJsxFlowElementHast, type MdxJsxTextElementHast } from 'satteri';
import { SOURCE_PROP } from './editor-components.ts';

/**
 * Sätteri hast plugin: tells each editor component where it is used, by adding
 * a `mdxSource="content/riktlinjer/uppfoljning.mdx:12:5"` prop (in place of one
 * an editor wrote). Astro gives a component no way to know which MDX file
 * renders it, and an editor who mistypes `<Ansvar aktor="…">` needs the file
 * and line in the build error.
 * @param root the project root, so the path is written relative to it.
 * @param names the components to mark.
 * @example hastComponentSource({ root: '/projekt', names: ['Ansvar'] })
 */
export function hastComponentSource({ root, names }: { root: string; names: readonly string[] }) {
  const mark = (node: Readonly<MdxJsxFlowElementHast | MdxJsxTextElementHast>, ctx: HastVisitorContext) => {
    if (!ctx.fileURL || !node.position) return;
    const relative = path.relative(root, fileURLToPath(ctx.fileURL)).split(path.sep).join('/');
    const { line, column } = node.position.start;
    ctx.setProperty(node, SOURCE_PROP, `${relative}:${line}:${column}`);
  };
  return defineHastPlugin({
    name: 'component-source',
    // Sätteri tracks source positions only when a plugin asks for them.
    options: { position: true },
    mdxJsxFlowElement: { filter: [...names], visit: mark },
    mdxJsxTextElement: { filter: [...names], visit: mark },
  });
}
