import { describe, expect, it } from 'vitest';
import { siteBase, siteUrl, withBase } from './site-base.ts';

describe('siteBase', () => {
  it('defaults to the root', () => {
    expect(siteBase(undefined)).toBe('/');
    expect(siteBase('')).toBe('/');
    expect(siteBase('/')).toBe('/');
  });

  it('adds the leading and trailing slash editors and IT staff forget', () => {
    expect(siteBase('riktlinjer')).toBe('/riktlinjer/');
    expect(siteBase('/intranet/vbe')).toBe('/intranet/vbe/');
  });

  it('rejects characters that cannot stand in a URL path', () => {
    expect(() => siteBase('/a b/')).toThrow(/SITE_BASE/);
  });
});

describe('withBase', () => {
  it('prefixes root-relative paths with the base', () => {
    expect(withBase('/insatser/', '/riktlinjer/')).toBe('/riktlinjer/insatser/');
    expect(withBase('/ordlista/#lagesbild', '/riktlinjer/')).toBe('/riktlinjer/ordlista/#lagesbild');
  });

  it('leaves relative, external and protocol-relative links alone', () => {
    expect(withBase('#top', '/r/')).toBe('#top');
    expect(withBase('https://www.digg.se/', '/r/')).toBe('https://www.digg.se/');
    expect(withBase('//example.org/', '/r/')).toBe('//example.org/');
  });

  it('changes nothing at the root base', () => {
    expect(withBase('/insatser/', '/')).toBe('/insatser/');
  });
});

describe('siteUrl', () => {
  it('defaults to the local preview', () => {
    expect(siteUrl(undefined)).toBe('http://localhost:4321');
    expect(siteUrl(' ')).toBe('http://localhost:4321');
  });

  it('keeps the scheme and host, without the trailing slash IT staff may add', () => {
    expect(siteUrl('https://intranat.example/')).toBe('https://intranat.example');
    expect(siteUrl('https://intranat.example:8443')).toBe('https://intranat.example:8443');
  });

  it('rejects an address with a path, which belongs in SITE_BASE, and one that is no web address', () => {
    expect(() => siteUrl('https://intranat.example/riktlinjer/')).toThrow(/SITE_URL.*SITE_BASE/);
    expect(() => siteUrl('intranat.example')).toThrow(/SITE_URL/);
    expect(() => siteUrl('ftp://intranat.example')).toThrow(/SITE_URL/);
  });
});
