/**
 * Normalises the base path the site is built for, so `riktlinjer`, `/riktlinjer`
 * and `/riktlinjer/` all give `/riktlinjer/`.
 * @default '/'
 * @example siteBase('intranet/vbe') // '/intranet/vbe/'
 */
export function siteBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (!/^[A-Za-z0-9._~\-/]*$/.test(trimmed)) {
    throw new Error(`SITE_BASE får bara innehålla bokstäver a–z, siffror, -, _, . och /: fick "${raw}".`);
  }
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * Prefixes a root-relative site path with the base.
 * @example withBase('/insatser/', '/riktlinjer/') // '/riktlinjer/insatser/'
 */
export function withBase(path: string, base: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  return base === '/' ? path : `${base.replace(/\/$/, '')}${path}`;
}

/** The address a build's absolute links (the feed, the sitemap) use when `SITE_URL` is unset: the local preview. */
export const LOCAL_SITE_URL = 'http://localhost:4321';

/**
 * Normalises the web address (scheme and host, no path) the site is served from,
 * for the absolute links a feed reader or search engine needs. The path the site
 * lies under is `SITE_BASE`, not part of this.
 * @default LOCAL_SITE_URL
 * @example siteUrl('https://intranat.example/') // 'https://intranat.example'
 */
export function siteUrl(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim();
  if (trimmed === '') return LOCAL_SITE_URL;
  const parsed = URL.canParse(trimmed) ? new URL(trimmed) : undefined;
  if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.pathname !== '/' || parsed.search || parsed.hash || parsed.username) {
    throw new Error(
      `SITE_URL ska vara webbplatsens adress utan sökväg, till exempel https://intranat.example (sökvägen anges i SITE_BASE): fick "${raw}".`,
    );
  }
  return parsed.origin;
}
