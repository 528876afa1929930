import { withBase } from './site-base.ts';

/**
 * A site path with the configured base in front, for links in components.
 * @example url('/insatser/') // '/riktlinjer/insatser/' when built with SITE_BASE=/riktlinjer/
 */
export function url(path: string): string {
  return withBase(path, import.meta.env.BASE_URL);
}
