import type { AstroIntegration } from 'astro';
import { problemText } from '../i18n/problems.ts';
import { LOCAL_SITE_URL } from '../lib/site-base.ts';

/**
 * Warns when a build has no `SITE_URL`: the absolute links of the feed of
 * changes and of the sitemap then lead to the local preview, which is right for
 * `npm start` and the tests but wrong for a build that is published.
 * @param raw the `SITE_URL` the build was started with
 */
export function siteUrlWarning(raw: string | undefined): AstroIntegration {
  return {
    name: 'riktlinjer:site-url',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if ((raw ?? '').trim() !== '') return;
        logger.warn(problemText('build.siteUrlMissing', { url: LOCAL_SITE_URL }));
      },
    },
  };
}
