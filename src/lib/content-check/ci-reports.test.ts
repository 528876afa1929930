import { describe, expect, it } from 'vitest';
import { githubAnnotations, gitlabCodeQuality, type CodeQualityIssue } from './ci-reports.ts';
import type { ContentProblem } from './problem.ts';

const wrongKind: ContentProblem = {
  file: 'content/insatser/nattvandring.mdx',
  line: 4,
  field: 'kind',
  message: 'Värdet "forebygande" är inte tillåtet.',
  fix: 'Skriv forebyggande.',
};
/** Every character that GitHub's workflow commands and JSON must escape. */
const awkward: ContentProblem = {
  file: 'content/aktorer/x,y:z.mdx',
  line: 1,
  field: 'a:b,c',
  message: '100 % fel:\r\nandra raden, "citat" och \\',
  fix: 'Rätta.',
};

describe('GitHub annotations', () => {
  it('puts each problem, in Swedish, beside its line in the pull request', () => {
    expect(githubAnnotations([wrongKind, { ...awkward, field: undefined }])).toBe(
      '::error file=content/insatser/nattvandring.mdx,line=4,title=kind::Värdet "forebygande" är inte tillåtet. Så rättar du: Skriv forebyggande.\n' +
        '::error file=content/aktorer/x%2Cy%3Az.mdx,line=1::100 %25 fel:%0D%0Aandra raden, "citat" och \\ Så rättar du: Rätta.\n',
    );
  });

  it('escapes the colon and comma in the title, which would end the property', () => {
    expect(githubAnnotations([awkward])).toMatch(/^::error file=content\/aktorer\/x%2Cy%3Az\.mdx,line=1,title=a%3Ab%2Cc::100 %25 fel:/);
  });

  it('writes nothing when there are no problems', () => {
    expect(githubAnnotations([])).toBe('');
  });
});

describe('GitLab Code Quality report', () => {
  const parse = (text: string) => JSON.parse(text) as CodeQualityIssue[];

  it('writes the fields GitLab reads, with the Swedish message and fix as the description', () => {
    const [issue] = parse(gitlabCodeQuality([wrongKind]));
    expect(issue).toEqual({
      description: 'kind: Värdet "forebygande" är inte tillåtet. Så rättar du: Skriv forebyggande.',
      check_name: 'check:content',
      fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
      severity: 'blocker',
      location: { path: 'content/insatser/nattvandring.mdx', lines: { begin: 4 } },
    });
  });

  it('is valid JSON that keeps line breaks, quotes and backslashes in the description', () => {
    const text = gitlabCodeQuality([awkward]);
    expect(text.charCodeAt(0)).toBe('['.charCodeAt(0)); // GitLab's parser rejects a byte order mark
    expect(parse(text)[0]!.description).toBe('a:b,c: 100 % fel:\r\nandra raden, "citat" och \\ Så rättar du: Rätta.');
    expect(parse(text)[0]!.location.path).toBe('content/aktorer/x,y:z.mdx');
  });

  it('writes an empty list when there are no problems, so GitLab sees the earlier findings fixed', () => {
    expect(gitlabCodeQuality([])).toBe('[]\n');
  });

  it('keeps a finding’s fingerprint when lines above it move', () => {
    const [before] = parse(gitlabCodeQuality([wrongKind]));
    const [after] = parse(gitlabCodeQuality([{ ...wrongKind, line: 12 }]));
    expect(after!.fingerprint).toBe(before!.fingerprint);
  });

  it('gives a finding another fingerprint when its file, field or message differs', () => {
    const variants = [
      wrongKind,
      { ...wrongKind, file: 'content/insatser/radgivning.mdx' },
      { ...wrongKind, field: 'targetGroups[0]' },
      { ...wrongKind, field: undefined },
      { ...wrongKind, message: 'Värdet "rikad" är inte tillåtet.' },
    ];
    const fingerprints = variants.map((problem) => parse(gitlabCodeQuality([problem]))[0]!.fingerprint);
    expect(new Set(fingerprints).size).toBe(variants.length);
  });

  it('gives two alike findings in one file fingerprints of their own, since GitLab shows one per fingerprint', () => {
    const report = parse(gitlabCodeQuality([wrongKind, { ...wrongKind, line: 9 }]));
    expect(report[0]!.fingerprint).not.toBe(report[1]!.fingerprint);
    expect(parse(gitlabCodeQuality([wrongKind]))[0]!.fingerprint).toBe(report[0]!.fingerprint);
  });
});
