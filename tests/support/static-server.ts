import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import sirv from 'sirv';

/** A running static server for a built site. */
export interface StaticSite {
  /** The site's address, ending in the base path, e.g. `http://127.0.0.1:41234/`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built site over HTTP on 127.0.0.1 (any free port), the way a plain
 * web server would: directory indexes, and the site's own 404 page for unknown paths.
 */
export async function serveSite(directory: string, base = '/'): Promise<StaticSite> {
  const files = sirv(directory, { dev: true, etag: true });
  const notFound = readFileSync(path.join(directory, '404.html'));
  const server: Server = createServer((request, response) => {
    const requestPath = request.url ?? '/';
    if (!requestPath.startsWith(base)) {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFound);
      return;
    }
    request.url = `/${requestPath.slice(base.length)}`;
    files(request, response, () => {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(notFound);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
