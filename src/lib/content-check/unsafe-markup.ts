/**
 * Editors write text, never code: an MDX body may not run JavaScript at build
 * time (`{…}` expressions) or put code on a page (`<script>`, `<style>`,
 * `<iframe>`, event handlers, `javascript:` links). Raw HTML is limited to an
 * allow-list of harmless elements; the components in `src/components/mdx/`
 * cover the rest.
 */
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { problem, problemText } from '../../i18n/problems.ts';
import { visitBodies } from '../content-source/mdx-tree.ts';
import { editorComponentNames } from '../editor-components.ts';
import type { ContentProblem } from './problem.ts';
import type { SourceEntry } from '../content-source/source.ts';

/** HTML elements an editor may write by hand: text-level markup and tables, nothing that loads or runs anything. */
export const ALLOWED_HTML = new Set([
  'a',
  'abbr',
  'b',
  'br',
  'caption',
  'cite',
  'code',
  'dd',
  'del',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
]);

/** URL schemes that run code or smuggle content in, in links and images. */
const UNSAFE_URL = /^\s*(javascript|vbscript|data):/i;

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

function elementProblems(element: JsxElement): { message: string; fix: string }[] {
  const name = element.name ?? '';
  const problems: { message: string; fix: string }[] = [];
  const codeOnly = problemText('markup.codeOnly');
  // Components start with a capital letter and are checked in components.ts; fragments (<>) carry no name.
  const isHtml = /^[a-z]/.test(name);
  // A component written in lower case (<faktaruta>) is read as an unknown HTML element.
  const component = editorComponentNames.find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  if (isHtml && component) {
    problems.push(problem('markup.componentCase', { name, component }));
  } else if (isHtml && !ALLOWED_HTML.has(name.toLowerCase())) {
    problems.push(problem('markup.element', { name, codeOnly }));
  }
  for (const attribute of element.attributes as (MdxJsxAttribute | MdxJsxExpressionAttribute)[]) {
    if (attribute.type === 'mdxJsxExpressionAttribute' || (attribute.value !== null && typeof attribute.value === 'object')) {
      problems.push(problem('markup.codeAttribute', { name, attribute: attribute.type === 'mdxJsxAttribute' ? attribute.name : '{…}' }));
      continue;
    }
    if (/^on/i.test(attribute.name)) {
      problems.push(problem('markup.eventHandler', { name, attribute: attribute.name, codeOnly }));
    } else if (attribute.name === 'style') {
      problems.push(problem('markup.style', { name }));
    } else if (
      ['href', 'src', 'action', 'formaction', 'srcset'].includes(attribute.name) &&
      typeof attribute.value === 'string' &&
      UNSAFE_URL.test(attribute.value)
    ) {
      problems.push(problem('markup.unsafeAttributeUrl', { name, scheme: attribute.value.trim().split(':')[0]! }));
    }
  }
  return problems;
}

/** Everything in the MDX bodies that would put code on the site or run it during the build. */
export function unsafeMarkupProblems(entries: readonly SourceEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  visitBodies(entries, (node, entry, line) => {
    const report = (found: { message: string; fix: string }) => problems.push({ file: entry.file, line, ...found });
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      report(problem('markup.expression'));
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const found of elementProblems(node)) report(found);
    } else if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && UNSAFE_URL.test(node.url)) {
      report(problem('markup.unsafeUrl', { scheme: node.url.trim().split(':')[0]! }));
    } else if (node.type === 'html') {
      // Plain HTML in Markdown (outside MDX's JSX), e.g. a comment; MDX does not allow it, but a parser change must not let it through.
      report(problem('markup.rawHtml', { codeOnly: problemText('markup.codeOnly') }));
    }
  });
  return problems;
}
