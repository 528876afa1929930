import { problem } from '../../i18n/problems.ts';
import type { MdxSyntaxError } from '../content-source/mdx-tree.ts';
import { editorComponentNames } from '../editor-components.ts';
import type { ContentProblem } from './problem.ts';
import { nearest } from './suggest.ts';

type Explanation = Pick<ContentProblem, 'message' | 'fix'>;

/**
 * Turns the MDX parser's error into Swedish that names the mistake editors
 * actually make: an unclosed tag, a stray `<` or `{`, an HTML comment.
 * @param lineOffset added to the lines the parser names, so they are the file's lines (the body starts after the frontmatter).
 * @example explainSyntaxError({ reason: 'Expected a closing tag for `<Faktaruta>` (3:1-3:23)', … })
 * // { message: 'Taggen <Faktaruta> stängs aldrig.', fix: 'Skriv </Faktaruta> där rutan ska sluta, …' }
 */
export function explainSyntaxError(error: MdxSyntaxError, lineOffset = 0): Explanation {
  const { reason } = error;
  const tag = (pattern: RegExp) => pattern.exec(reason)?.[1] ?? '';

  if (reason.startsWith('Expected a closing tag for')) {
    const name = tag(/`<([^>`\s]*)/);
    return problem(reason.includes('before the end of `paragraph`') ? 'mdx.unclosedInParagraph' : 'mdx.unclosed', { name });
  }
  if (reason.startsWith('Unexpected closing tag')) {
    const closing = tag(/`<\/([^>`]*)>`/);
    const open = tag(/corresponding closing tag for `<([^>`\s]*)/);
    const line = Number(tag(/\((\d+):\d+/)) + lineOffset;
    return problem(closingRule(closing, open), { closing, open, line });
  }
  if (reason.startsWith('Expected the closing tag')) return problem('mdx.splitTag', { name: tag(/`<([^>`\s]*)/) });
  if (error.ruleId === 'unexpected-closing-slash') return problem('mdx.strayClosing');
  if (reason.includes('to create a comment in MDX')) return problem('mdx.htmlComment');
  if (reason.includes('to create a link in MDX')) return problem('mdx.autolink');
  if (reason.includes('in attribute value')) return problem('mdx.unclosedQuote');
  if (reason.includes('before name')) return problem('mdx.lessThan');
  if (error.ruleId === 'acorn' || reason.includes('closing brace') || reason.includes('expression')) return problem('mdx.braces');
  if (error.ruleId === 'unexpected-eof') return problem('mdx.unexpectedEnd');
  return problem('mdx.unreadable', { reason });
}

/**
 * Which mistake a closing tag that does not match the open tag is: a
 * misspelling when the two names are alike and name an editor component (the
 * one that is not a component's exact name is the misspelt one), else tags
 * closed in the wrong order.
 */
function closingRule(closing: string, open: string): 'mdx.misspelledClosing' | 'mdx.misspelledOpening' | 'mdx.wrongClosing' {
  const components: readonly string[] = editorComponentNames;
  const likeComponent = nearest(closing, components) ?? nearest(open, components);
  if (!likeComponent || !nearest(closing, [open])) return 'mdx.wrongClosing';
  return components.includes(closing) && !components.includes(open) ? 'mdx.misspelledOpening' : 'mdx.misspelledClosing';
}
