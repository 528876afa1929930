import type { Element, ElementContent } from 'hast';
import { defineHastPlugin, type HastVisitorContext } from 'satteri';

/**
 * Sätteri hast plugins for Markdown tables:
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
 *   other columns scroll. The column headings get `scope="col"`;
 * - drops the line breaks Sätteri leaves between rows and cells, which a
 *   browser ignores there, as `@mdx-js/mdx` does (https://github.com/mdx-js/mdx/issues/2000).
 *
 * Two passes, since Sätteri cannot move a table into the region and change its cells in one.
 * @example hastTables({ label: 'Tabell', hint: 'Tabellen går att rulla i sidled.' })
 */
export function hastTables({ label, hint }: { label: string; hint: string }) {
  return [
    defineHastPlugin({
      name: 'table-region',
      element: { filter: ['table'], visit: (table, ctx) => region(table, ctx, { label, hint }) },
    }),
    defineHastPlugin({
      name: 'table-cells',
      element: { filter: ['table'], visit: (table, ctx) => scopeCells(table, ctx) },
    }),
  ];
}

/** The table inside its region, after the hint. */
function region(table: Readonly<Element>, ctx: HastVisitorContext, { label, hint }: { label: string; hint: string }): Element {
  const headings = childElements(table)
    .flatMap(childElements)
    .flatMap(cells)
    .filter((cell) => cell.tagName === 'th')
    .map((cell) => ctx.textContent(cell).trim())
    .filter(Boolean);
  const hintElement: ElementContent = {
    type: 'element',
    tagName: 'p',
    // Not part of the content: search leaves it out, and paper does not scroll.
    properties: { className: ['rvbe-table__hint'], dataPagefindIgnore: true, dataPrint: 'hide' },
    children: [{ type: 'text', value: hint }],
  };
  const scrollRegion: ElementContent = {
    type: 'element',
    // A named <section> is a region landmark without an ARIA role.
    tagName: 'section',
    properties: {
      className: ['rvbe-table-scroll'],
      tabIndex: 0,
      ariaLabel: headings.length ? `${label}: ${headings.join(', ')}` : label,
    },
    // The table itself, moved with everything in it.
    children: [table],
  };
  return { type: 'element', tagName: 'div', properties: { className: ['rvbe-table'] }, children: [hintElement, scrollRegion] };
}

function scopeCells(table: Readonly<Element>, ctx: HastVisitorContext): void {
  dropLineBreaks(table, ctx);
  for (const group of childElements(table)) {
    dropLineBreaks(group, ctx);
    for (const row of childElements(group)) {
      dropLineBreaks(row, ctx);
      const rowCells = cells(row);
      rowCells.forEach((cell, index) => {
        // With row headers in the table, each heading says which way it heads (WCAG H63).
        if (group.tagName === 'thead' && cell.tagName === 'th') makeHeader(ctx, cell, 'col');
        // A one-column table has no other cells for a row header to head.
        else if (group.tagName === 'tbody' && index === 0 && cell.tagName === 'td' && rowCells.length > 1) makeHeader(ctx, cell, 'row');
      });
    }
  }
}

function childElements(node: Readonly<Element>): Element[] {
  return node.children.filter((child): child is Element => child.type === 'element');
}

function cells(row: Readonly<Element>): Element[] {
  return childElements(row).filter((cell) => cell.tagName === 'td' || cell.tagName === 'th');
}

function dropLineBreaks(node: Readonly<Element>, ctx: HastVisitorContext): void {
  for (const child of node.children) if (child.type === 'text' && child.value.trim() === '') ctx.removeNode(child);
}

/** Makes a cell a header with a scope, keeping its alignment (a `style`, after the scope) and its content. */
function makeHeader(ctx: HastVisitorContext, cell: Readonly<Element>, scope: 'row' | 'col'): void {
  ctx.replaceNode(cell, { type: 'element', tagName: 'th', properties: { scope, ...cell.properties }, children: cell.children });
}
