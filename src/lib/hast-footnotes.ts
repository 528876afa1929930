import { defineHastPlugin } from 'satteri';

/** The attributes that mark GFM footnotes: a reference, and the section that lists the notes. */
const MARKS = ['dataFootnoteRef', 'dataFootnotes'] as const;

/**
 * Sätteri hast plugin: writes the attributes that mark footnotes
 * (`<a data-footnote-ref>`, `<section data-footnotes>`) without a value, as
 * remark-rehype does. Sätteri gives them the value `true`, which Astro renders
 * as `data-footnote-ref="true"` (https://github.com/withastro/astro/pull/11369).
 * @example hastFootnotes // <section data-footnotes="true"> becomes <section data-footnotes>
 */
export const hastFootnotes = defineHastPlugin({
  name: 'footnotes',
  element: {
    filter: ['a', 'section'],
    visit(node, ctx) {
      for (const mark of MARKS) if (node.properties[mark] === true) ctx.setProperty(node, mark, '');
    },
  },
});
