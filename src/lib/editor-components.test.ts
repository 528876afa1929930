import { describe, expect, it } from 'vitest';
import { checkComponentProp, parseUseSite, propProblem } from './editor-components.ts';

const actors = ['kommunstyrelsen', 'socialnamnden', 'stadsdelsnamnderna'];
const where = 'content/riktlinjer/roller-och-ansvar.mdx:42:1';

describe('props editors give to MDX components', () => {
  it('accepts a value that exists and returns it', () => {
    expect(checkComponentProp('Ansvar', 'socialnamnden', actors, where)).toBe('socialnamnden');
    expect(propProblem('Insatser', 'riktad', ['forebyggande', 'riktad'])).toBeUndefined();
  });

  it('fails with the file, line, prop, bad value, nearest value and every valid value when an actor is unknown', () => {
    expect(() => checkComponentProp('Ansvar', 'socialnamden', actors, where)).toThrowErrorMatchingInlineSnapshot(`
      [Error: content/riktlinjer/roller-och-ansvar.mdx:42 — <Ansvar aktor="socialnamden" />: Okänd aktör "socialnamden".
        Så rättar du: Menade du "socialnamnden"? Giltiga värden (filnamnen utan ändelse i content/aktorer/): kommunstyrelsen, socialnamnden, stadsdelsnamnderna.]
    `);
  });

  it('names the valid kinds when the kind of intervention is unknown', () => {
    expect(() =>
      checkComponentProp('Insatser', 'forebygande', ['forebyggande', 'riktad'], 'content/riktlinjer/forebyggande-arbete.mdx:30:1'),
    ).toThrowErrorMatchingInlineSnapshot(`
      [Error: content/riktlinjer/forebyggande-arbete.mdx:30 — <Insatser typ="forebygande" />: Okänt slag av insats "forebygande".
        Så rättar du: Menade du "forebyggande"? Giltiga värden (fältet kind för insatser i Fältreferensen på /om/redigera/): forebyggande, riktad.]
    `);
  });

  it('says the prop is missing, with an example, when a term is not given', () => {
    expect(() => checkComponentProp('Begrepp', undefined, ['atgardsplan', 'lagesbild'], 'content/riktlinjer/uppfoljning.mdx:7:12'))
      .toThrowErrorMatchingInlineSnapshot(`
        [Error: content/riktlinjer/uppfoljning.mdx:7 — <Begrepp />: Egenskapen term saknas.
          Så rättar du: Skriv till exempel <Begrepp term="atgardsplan" />. Giltiga värden (filnamnen utan ändelse i content/ordlista/): atgardsplan, lagesbild.]
      `);
  });

  it('names the page instead when the build could not tell the file', () => {
    expect(() => checkComponentProp('Begrepp', 'lägesbild', ['lagesbild'], '/riktlinjer/uppfoljning/')).toThrow(
      /^En MDX-fil på sidan \/riktlinjer\/uppfoljning\/ — <Begrepp term="lägesbild" \/>: Okänt begrepp "lägesbild"\.\n {2}Så rättar du: Menade du "lagesbild"\?/,
    );
  });

  it('reads where a component is used from the prop the build adds', () => {
    expect(parseUseSite(where)).toEqual({ file: 'content/riktlinjer/roller-och-ansvar.mdx', line: 42, column: 1 });
    expect(parseUseSite('/riktlinjer/')).toBeUndefined();
    expect(parseUseSite(undefined)).toBeUndefined();
  });
});
