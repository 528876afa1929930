import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { withBase } from './site-base.ts';

/**
 * Rehype plugin: editors write site links root-relative (`/insatser/nattvandring/`);
 * this prefixes them with the configured base so the build works under any sub-path.
 */
export function rehypeBaseLinks({ base }: { base: string }) {
  return (tree: Root) => {
    if (base === '/') return;
    visit(tree, 'element', (node: Element) => {
      for (const attribute of ['href', 'src'] as const) {
        const value = node.properties[attribute];
        if (typeof value === 'string') node.properties[attribute] = withBase(value, base);
      }
    });
  };
}
