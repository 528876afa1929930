import { describe, expect, it } from 'vitest';
import { editUrl } from './edit-link.ts';

const file = 'content/insatser/nattvandring.mdx';

describe('editUrl', () => {
  it('points to the file in each host’s web editor', () => {
    expect(editUrl({ repository: 'https://github.com/stockholm/riktlinjer', branch: 'main', host: 'github' }, file)).toBe(
      'https://github.com/stockholm/riktlinjer/edit/main/content/insatser/nattvandring.mdx',
    );
    expect(editUrl({ repository: 'https://gitlab.stockholm.se/sk/riktlinjer/', branch: 'main', host: 'gitlab' }, file)).toBe(
      'https://gitlab.stockholm.se/sk/riktlinjer/-/edit/main/content/insatser/nattvandring.mdx',
    );
    expect(editUrl({ repository: 'https://git.intra.stockholm.se/sk/riktlinjer', branch: 'publicering', host: 'gitea' }, file)).toBe(
      'https://git.intra.stockholm.se/sk/riktlinjer/_edit/publicering/content/insatser/nattvandring.mdx',
    );
  });

  it('encodes what a file name or branch may hold, and gives no address without a repository', () => {
    expect(editUrl({ repository: 'https://github.com/a/b', branch: 'main', host: 'github' }, 'content/sidor/om/åtgärder.mdx')).toBe(
      'https://github.com/a/b/edit/main/content/sidor/om/%C3%A5tg%C3%A4rder.mdx',
    );
    expect(editUrl(undefined, file)).toBeUndefined();
  });
});
