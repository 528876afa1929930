import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Rehype plugin for Markdown tables:
 *
 * - wraps each table in a keyboard-scrollable region, so a wide table scrolls
 *   inside itself on a 320 px screen instead of pushing the whole page sideways
 *   (WCAG 1.4.10). The region is named after the table's column headings, since
 *   Markdown tables have no caption;
 * - puts a short hint before the region ("Tabellen går att rulla i sidled"),
 *   which base.css shows only while the table is wider than its region;
 * - makes the first cell of each body row a row header (`<th scope="row">`):
 *   in a Markdown table the first column names the row, and a screen reader then
 *   reads it with every cell of the row, and base.css keeps it in view while the
 *   other columns scroll. The column headings get `scope="col"`.
 */
export function rehypeTables({ label, hint }: { label: string; hint: string }) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      // The column headings, read before the first column's cells become row headers.
      const headings: string[] = [];
      visit(node, 'element', (cell: Element) => {
        if (cell.tagName === 'th') headings.push(toString(cell).trim());
      });
      for (const group of node.children) {
        if (group.type !== 'element') continue;
        if (group.tagName === 'tbody') group.children.forEach(markRowHeader);
        // With row headers in the table, each heading says which way it heads (WCAG H63).
        if (group.tagName === 'thead')
          visit(group, 'element', (cell: Element) => {
            if (cell.tagName === 'th') setScope(cell, 'col');
          });
      }
      const hintElement: ElementContent = {
        type: 'element',
        tagName: 'p',
        // Not part of the content: search leaves it out, and paper does not scroll.
        properties: { className: ['rvbe-table__hint'], dataPagefindIgnore: true, dataPrint: 'hide' },
        children: [{ type: 'text', value: hint }],
      };
      const region: ElementContent = {
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
      parent.children[index] = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['rvbe-table'] },
        children: [hintElement, region],
      };
      return SKIP;
    });
  };
}

/** Turns the first cell of a body row into its row header, when the row has other cells for it to head. */
function markRowHeader(row: ElementContent): void {
  if (row.type !== 'element' || row.tagName !== 'tr') return;
  const cells = row.children.filter(
    (child): child is Element => child.type === 'element' && (child.tagName === 'td' || child.tagName === 'th'),
  );
  const first = cells[0];
  if (!first || cells.length < 2 || first.tagName !== 'td') return;
  first.tagName = 'th';
  setScope(first, 'row');
}

function setScope(cell: Element, scope: 'row' | 'col'): void {
  cell.properties = { ...cell.properties, scope };
}
