/**
 * Editors write text, never code: an MDX body may not run JavaScript at build
 * time (`{…}` expressions) or put code on a page (`<script>`, `<style>`,
 * `<iframe>`, event handlers, `javascript:` links). Raw HTML is limited to an
 * allow-list of harmless elements; the components in `src/components/mdx/`
 * cover the rest.
 */
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { visitBodies } from '../content-source/mdx-tree.ts';
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

const CODE_FIX = 'Webbplatsen visar bara text från innehållet. Använd Markdown eller komponenterna i redaktörsguiden (/om/redigera/).';

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

function elementProblems(element: JsxElement): { message: string; fix: string }[] {
  const name = element.name ?? '';
  const problems: { message: string; fix: string }[] = [];
  // Components start with a capital letter and are checked in components.ts; fragments (<>) carry no name.
  const isHtml = /^[a-z]/.test(name);
  if (isHtml && !ALLOWED_HTML.has(name.toLowerCase())) {
    problems.push({ message: `HTML-elementet <${name}> får inte finnas i innehållet.`, fix: `Ta bort taggen. ${CODE_FIX}` });
  }
  for (const attribute of element.attributes as (MdxJsxAttribute | MdxJsxExpressionAttribute)[]) {
    if (attribute.type === 'mdxJsxExpressionAttribute' || (attribute.value !== null && typeof attribute.value === 'object')) {
      problems.push({
        message: `<${name}> har en egenskap som är kod i klammerparenteser: ${attribute.type === 'mdxJsxAttribute' ? attribute.name : '{…}'}.`,
        fix: 'Skriv värdet inom citattecken, t.ex. aktor="socialnamnden".',
      });
      continue;
    }
    if (/^on/i.test(attribute.name)) {
      problems.push({ message: `<${name}> har egenskapen ${attribute.name}, som kör kod.`, fix: `Ta bort ${attribute.name}. ${CODE_FIX}` });
    } else if (attribute.name === 'style') {
      problems.push({
        message: `<${name}> har egenskapen style, som webbplatsens säkerhetsregler stoppar.`,
        fix: 'Ta bort style. Utseendet kommer från webbplatsens stilmall.',
      });
    } else if (
      ['href', 'src', 'action', 'formaction', 'srcset'].includes(attribute.name) &&
      typeof attribute.value === 'string' &&
      UNSAFE_URL.test(attribute.value)
    ) {
      problems.push({
        message: `<${name}> har en adress som börjar med ${attribute.value.trim().split(':')[0]}:, som kan köra kod.`,
        fix: 'Länka till en sida med https:// eller en sökväg på webbplatsen, t.ex. /ordlista/.',
      });
    }
  }
  return problems;
}

/** Everything in the MDX bodies that would put code on the site or run it during the build. */
export function unsafeMarkupProblems(entries: readonly SourceEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  visitBodies(entries, (node, entry, line) => {
    const report = (message: string, fix: string) => problems.push({ file: entry.file, line, message, fix });
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      report(
        'Text inom klammerparenteser { } körs som kod när webbplatsen byggs.',
        'Menar du tecknet, skriv \\{ och \\}. Annars: ta bort klammerparenteserna.',
      );
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const problem of elementProblems(node)) report(problem.message, problem.fix);
    } else if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && UNSAFE_URL.test(node.url)) {
      report(
        `Länken eller bilden har en adress som börjar med ${node.url.trim().split(':')[0]}:, som kan köra kod.`,
        'Länka till en sida med https:// eller en sökväg på webbplatsen, t.ex. /ordlista/.',
      );
    } else if (node.type === 'html') {
      // Plain HTML in Markdown (outside MDX's JSX), e.g. a comment; MDX does not allow it, but a parser change must not let it through.
      report('Rå HTML får inte finnas i innehållet.', `Ta bort den. ${CODE_FIX}`);
    }
  });
  return problems;
}
