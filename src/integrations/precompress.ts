import type { AstroIntegration } from 'astro';
import { readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { constants, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);

/** Files worth compressing: text the browser asks for. Pagefind's index and wasm files are compressed already. */
const COMPRESSIBLE = /\.(html|css|js|mjs|json|svg|txt|csv|xml|webmanifest)$/;
/** Below this size a .gz file saves less than the request headers weigh. */
const MIN_BYTES = 256;
/** How many files are compressed at once; zlib runs them on libuv's thread pool, off the main thread. */
const PARALLEL = 8;

/** True for a file the build should write a `.gz` beside. */
export function isCompressible(file: string): boolean {
  return COMPRESSIBLE.test(file);
}

/**
 * Writes `file.gz` (gzip level 9) beside every compressible file in `folder`
 * that compression makes smaller, so that a web server can send it as it is
 * (nginx `gzip_static on`, see deploy/riktlinjer.conf) instead of compressing
 * on every request. Returns how many files were written.
 */
export async function precompressFolder(folder: string): Promise<number> {
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter(isCompressible);
  let written = 0;
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = path.join(folder, files[next++]!);
      const raw = await readFile(file);
      if (raw.length < MIN_BYTES) continue;
      const compressed = await gzipAsync(raw, { level: constants.Z_BEST_COMPRESSION });
      if (compressed.length >= raw.length) continue;
      await writeFile(`${file}.gz`, compressed);
      written++;
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return written;
}

/**
 * Astro integration: precompresses the finished build. List it after every
 * integration that writes files in `astro:build:done` (the search index), so
 * their files are compressed too.
 */
export function precompress(): AstroIntegration {
  return {
    name: 'riktlinjer:precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const written = await precompressFolder(fileURLToPath(dir));
        logger.info(`${written} filer komprimerade med gzip (${((performance.now() - started) / 1000).toFixed(2)} s).`);
      },
    },
  };
}
