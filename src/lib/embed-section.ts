import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

const ID_LISTS = ['ariaControls', 'ariaDescribedBy', 'ariaLabelledBy'] as const;
/** Attributes that name one id, such as the popover a `<Begrepp>` button opens. */
const ID_REFS: readonly string[] = ['popoverTarget', 'htmlFor'];

/**
 * Prepares a section's rendered HTML for a page that holds many sections (the
 * whole guidelines): headings move one level down below the section's own
 * heading, and every id and in-page link gets the section's prefix, so that two
 * sections' "Bakgrund" headings or footnote 1 do not clash.
 * @example embedSection('<h2 id="mal">Mål</h2>', 'inledning') // '<h3 id="inledning--mal">Mål</h3>'
 */
export function embedSection(html: string, prefix: string): string {
  const tree: Root = fromHtml(html, { fragment: true });
  const withPrefix = (id: string) => `${prefix}--${id}`;
  visit(tree, 'element', (node: Element) => {
    const level = /^h([1-5])$/.exec(node.tagName)?.[1];
    if (level) node.tagName = `h${Number(level) + 1}`;
    const { properties } = node;
    if (typeof properties.id === 'string') properties.id = withPrefix(properties.id);
    if (typeof properties.href === 'string' && properties.href.startsWith('#')) {
      properties.href = `#${withPrefix(decodeURIComponent(properties.href.slice(1)))}`;
    }
    for (const name of ID_REFS) {
      const value = properties[name];
      // hast gives `popovertarget` as one id and `for` as a list of them.
      if (typeof value === 'string') properties[name] = withPrefix(value);
      else if (Array.isArray(value)) properties[name] = value.map((id) => withPrefix(String(id)));
    }
    for (const name of ID_LISTS) {
      const value = properties[name];
      if (Array.isArray(value)) properties[name] = value.map((id) => withPrefix(String(id)));
    }
  });
  return toHtml(tree);
}
