import type { MdxSyntaxError } from '../content-source/mdx-tree.ts';
import type { ContentProblem } from './problem.ts';

type Explanation = Pick<ContentProblem, 'message' | 'fix'>;

const CLOSE_IN_ORDER = 'Stäng taggarna i omvänd ordning: den tagg som öppnades sist stängs först.';

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
    if (reason.includes('before the end of `paragraph`')) {
      return {
        message: `Taggen <${name}> stängs inte i samma stycke som den öppnas.`,
        fix: `Skriv </${name}> på samma rad, eller lämna en tom rad efter <${name} …> och före </${name}> så att texten inuti blir egna stycken.`,
      };
    }
    return {
      message: `Taggen <${name}> stängs aldrig.`,
      fix: `Skriv </${name}> där innehållet ska sluta, eller <${name} … /> (med snedstreck före >) om taggen inte har något innehåll.`,
    };
  }
  if (reason.startsWith('Unexpected closing tag')) {
    const closing = tag(/`<\/([^>`]*)>`/);
    const open = tag(/corresponding closing tag for `<([^>`\s]*)/);
    const line = Number(tag(/\((\d+):\d+/)) + lineOffset;
    return { message: `Sluttaggen </${closing}> passar inte ihop med <${open}> på rad ${line}.`, fix: CLOSE_IN_ORDER };
  }
  if (reason.startsWith('Expected the closing tag')) {
    const name = tag(/`<([^>`\s]*)/);
    return {
      message: `Taggen <${name}> öppnas och stängs i olika stycken.`,
      fix: `Lämna en tom rad efter <${name} …> och en före </${name}>, eller skriv hela taggen i samma stycke.`,
    };
  }
  if (error.ruleId === 'unexpected-closing-slash') {
    return {
      message: 'En sluttagg (</…>) saknar sin inledande tagg.',
      fix: 'Ta bort sluttaggen eller lägg till den inledande taggen före innehållet.',
    };
  }
  if (reason.includes('to create a comment in MDX')) {
    return { message: 'HTML-kommentarer (<!-- … -->) fungerar inte i MDX.', fix: 'Skriv kommentaren som {/* text */}, eller ta bort den.' };
  }
  if (reason.includes('to create a link in MDX')) {
    return {
      message: 'En adress inom < > läses som en tagg i MDX.',
      fix: 'Skriv länken som [text](https://adress) eller skriv adressen utan < >.',
    };
  }
  if (reason.includes('in attribute value')) {
    return {
      message: 'Ett citattecken i en tagg stängs aldrig.',
      fix: 'Avsluta värdet med samma citattecken som det börjar med, t.ex. aktor="socialnamnden".',
    };
  }
  if (reason.includes('before name')) {
    return {
      message: 'Tecknet < läses som början på en tagg.',
      fix: 'Skriv ut ordet i stället (t.ex. "under 18 år"), eller skriv \\< om tecknet ska synas.',
    };
  }
  if (error.ruleId === 'acorn' || reason.includes('closing brace') || reason.includes('expression')) {
    return {
      message: 'Klammerparenteser { } läses som kod i MDX.',
      fix: 'Ta bort dem, eller skriv \\{ och \\} om tecknen ska synas i texten.',
    };
  }
  if (error.ruleId === 'unexpected-eof') {
    return { message: 'En tagg är inte färdigskriven när filen tar slut.', fix: 'Avsluta taggen med > eller />.' };
  }
  return {
    message: `MDX-koden går inte att läsa (${reason}).`,
    fix: 'Kontrollera taggarna (<…>) och klammerparenteserna ({…}) på raden: varje tagg ska stängas och värden skrivas inom citattecken.',
  };
}
