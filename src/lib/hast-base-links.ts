import { defineHastPlugin } from 'satteri';
import { withBase } from './site-base.ts';

/**
 * Sätteri hast plugin: editors write site links root-relative (`/insatser/nattvandring/`);
 * this prefixes them with the configured base so the build works under any sub-path.
 * @example hastBaseLinks({ base: '/riktlinjer/' }) // [text](/insatser/) links to /riktlinjer/insatser/
 */
export function hastBaseLinks({ base }: { base: string }) {
  return defineHastPlugin({
    name: 'base-links',
    element: {
      // The only elements Markdown makes with an address; HTML an editor writes in MDX arrives as JSX, not as elements.
      filter: ['a', 'img'],
      visit(node, ctx) {
        for (const attribute of ['href', 'src'] as const) {
          const value = node.properties[attribute];
          if (typeof value !== 'string') continue;
          const prefixed = withBase(value, base);
          if (prefixed !== value) ctx.setProperty(node, attribute, prefixed);
        }
      },
    },
  });
}
