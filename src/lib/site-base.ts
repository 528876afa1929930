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
