import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Rehype plugin: wraps each Markdown table in a keyboard-scrollable region, so
 * a wide table scrolls inside itself on a 320 px screen instead of pushing the
 * whole page sideways (WCAG 1.4.10). The region is named after the table's
 * column headings, since Markdown tables have no caption.
 */
export function rehypeTables({ label }: { label: string }) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      const headings: string[] = [];
      visit(node, 'element', (cell: Element) => {
        if (cell.tagName === 'th') headings.push(toString(cell).trim());
      });
      const wrapper: ElementContent = {
        type: 'element',
        // A named <section> is a region landmark without an ARIA role.
        tagName: 'section',
        properties: {
          className: ['rvbe-table-scroll'],
          tabIndex: 0,
          ariaLabel: headings.length ? `${label}: ${headings.join(', ')}` : label,
        },
        children: [node],
      };
      parent.children[index] = wrapper;
      return SKIP;
    });
  };
}
