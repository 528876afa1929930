import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { root } from './build.ts';

/** Debian's nginx (`apt-get install -y nginx`). */
export const NGINX = '/usr/sbin/nginx';
/** The shipped server-level settings that every nginx started here includes. */
export const SHIPPED_CONF = path.join(root, 'deploy/riktlinjer.conf');
/** `nobody`, so that nginx never runs as root even when the tests do. */
const UNPRIVILEGED = 65534;

/** A running nginx serving a build. */
export interface NginxSite {
  /** The site's address, ending in the base path, e.g. `http://127.0.0.1:41234/riktlinjer/`. */
  url: string;
  /** `http://127.0.0.1:41234`. */
  origin: string;
  close(): Promise<void>;
}

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * The configuration for one test server: everything nginx writes (pid, logs,
 * temporary files) in `prefix`, listening on 127.0.0.1 only, and the site's
 * own settings from deploy/riktlinjer.conf.
 */
export function testConfig({ prefix, port, siteRoot, base }: { prefix: string; port: number; siteRoot: string; base: string }): string {
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${prefix}/${kind};`).join('\n');
  return `worker_processes 1;
daemon off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${prefix}/access.log;
${temp}
  server {
    listen 127.0.0.1:${port};
    root ${siteRoot};
    set $riktlinjer_base ${base};
    include ${SHIPPED_CONF};
  }
}
`;
}

/**
 * The shipped sample deploy/nginx.conf with only what ties it to a real server
 * replaced (user, pid, logs, temporary files, port, site folder), so that
 * `nginx -t` can check it without root and without touching /var.
 */
export function sampleConfigForTest({ prefix, port, siteRoot }: { prefix: string; port: number; siteRoot: string }): string {
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `    ${kind}_temp_path ${prefix}/${kind};`).join('\n');
  return readFileSync(path.join(root, 'deploy/nginx.conf'), 'utf8')
    .replace(/^user .*$/m, '')
    .replace(/^pid .*$/m, `pid ${prefix}/nginx.pid;`)
    .replace(/^error_log .*$/m, `error_log ${prefix}/error.log;`)
    .replace(/access_log .*;/, `access_log ${prefix}/access.log;\n${temp}`)
    .replace(/listen 80;/, `listen 127.0.0.1:${port};`)
    .replace(/\n\s*listen \[::\]:80;/, '')
    .replace(/root \/srv\/riktlinjer\/www;/, `root ${siteRoot};`);
}

async function waitUntilServing(origin: string, child: ChildProcess, errorLog: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (child.exitCode !== null) break;
    try {
      await fetch(origin, { method: 'HEAD' });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  child.kill('SIGKILL');
  const log = existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '';
  throw new Error(`nginx startade inte (kod ${child.exitCode}):\n${log}`);
}

/**
 * The options that start nginx as `nobody` when the tests run as root. nginx
 * then writes only in `prefix`, which is handed to `nobody`; the configuration
 * and the site stay root's and are only read.
 */
function unprivileged(prefix: string): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  chownSync(prefix, UNPRIVILEGED, UNPRIVILEGED);
  return { uid: UNPRIVILEGED, gid: UNPRIVILEGED };
}

/**
 * Runs `nginx -t` on the shipped sample configuration (with riktlinjer.conf
 * beside it, as deploy/ has them) and returns what nginx said; throws if
 * nginx rejects it.
 */
export async function checkSampleConfig(siteDir: string): Promise<string> {
  const prefix = mkdtempSync(path.join(tmpdir(), 'riktlinjer-nginx-'));
  try {
    writeFileSync(path.join(prefix, 'nginx.conf'), sampleConfigForTest({ prefix, port: await freePort(), siteRoot: siteDir }));
    copyFileSync(SHIPPED_CONF, path.join(prefix, 'riktlinjer.conf'));
    const result = spawnSync(
      NGINX,
      ['-t', '-p', `${prefix}/`, '-c', path.join(prefix, 'nginx.conf'), '-e', path.join(prefix, 'error.log')],
      {
        encoding: 'utf8',
        ...unprivileged(prefix),
      },
    );
    if (result.status !== 0) throw new Error(`nginx -t underkände deploy/nginx.conf:\n${result.stderr}`);
    return result.stderr;
  } finally {
    rmSync(prefix, { recursive: true, force: true });
  }
}

/**
 * Starts Debian's nginx as an unprivileged child process that serves the
 * build in `siteDir` at `base`, the way deploy/nginx.conf does in production:
 * the build is a symbolic link named after the base under the server's root.
 */
export async function serveWithNginx(siteDir: string, base = '/'): Promise<NginxSite> {
  const prefix = mkdtempSync(path.join(tmpdir(), 'riktlinjer-nginx-'));
  let siteRoot = siteDir;
  if (base !== '/') {
    siteRoot = path.join(prefix, 'www');
    const link = path.join(siteRoot, base);
    mkdirSync(path.dirname(link.replace(/\/$/, '')), { recursive: true });
    symlinkSync(siteDir, link.replace(/\/$/, ''));
  }
  const port = await freePort();
  const conf = path.join(prefix, 'nginx.conf');
  writeFileSync(conf, testConfig({ prefix, port, siteRoot, base }));
  const child = spawn(NGINX, ['-p', `${prefix}/`, '-c', conf, '-e', path.join(prefix, 'error.log')], {
    stdio: ['ignore', 'ignore', 'inherit'],
    ...unprivileged(prefix),
  });
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilServing(origin, child, path.join(prefix, 'error.log'));
  return {
    url: `${origin}${base}`,
    origin,
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(prefix, { recursive: true, force: true });
    },
  };
}
