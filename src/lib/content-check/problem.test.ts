import { describe, expect, it } from 'vitest';
import { githubAnnotations } from './problem.ts';

describe('GitHub annotations', () => {
  it('puts each problem, in Swedish, beside its line in the pull request', () => {
    const text = githubAnnotations([
      {
        file: 'content/insatser/nattvandring.mdx',
        line: 4,
        field: 'kind',
        message: 'Värdet "forebygande" är inte tillåtet.',
        fix: 'Skriv forebyggande.',
      },
      { file: 'content/aktorer/x,y.mdx', line: 1, message: '100 % fel:\nandra raden', fix: 'Rätta.' },
    ]);
    expect(text).toBe(
      '::error file=content/insatser/nattvandring.mdx,line=4,title=kind::Värdet "forebygande" är inte tillåtet. Så rättar du: Skriv forebyggande.\n' +
        '::error file=content/aktorer/x%2Cy.mdx,line=1::100 %25 fel:%0Aandra raden Så rättar du: Rätta.\n',
    );
  });
});
