import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import { siteUrlWarning } from './site-url.ts';

/** The warnings the integration logs at the start of a build started with `raw` as SITE_URL. */
async function warnings(raw: string | undefined): Promise<string[]> {
  const logged: string[] = [];
  const logger = { warn: (message: string) => logged.push(message) } as unknown as AstroIntegrationLogger;
  const start = siteUrlWarning(raw).hooks['astro:build:start'] as (options: { logger: AstroIntegrationLogger }) => Promise<void> | void;
  await start({ logger });
  return logged;
}

describe('the warning about SITE_URL', () => {
  it('warns in Swedish when a build has no SITE_URL, naming the local address the links get', async () => {
    expect(await warnings(undefined)).toEqual([expect.stringMatching(/^SITE_URL är inte satt.*http:\/\/localhost:4321/)]);
    expect(await warnings('  ')).toHaveLength(1);
  });

  it('says nothing when SITE_URL is set', async () => {
    expect(await warnings('https://intranat.example')).toEqual([]);
  });
});
