/**
 * A tiny static file server for the sub-path and offline specs: serves a folder
 * (dist/) under a URL prefix such as /sub/, as a plain web host would, with the
 * MIME types module scripts, workers, WebAssembly and the web manifest need. Anything outside
 * the prefix is a 404, so a request the app makes to the site root shows up as a
 * failure. Every request is recorded.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json',
};

export interface StaticServer {
  /** e.g. http://127.0.0.1:40123/sub/ */
  readonly url: string;
  /** Paths requested so far, in order, with the status answered. */
  readonly requests: { path: string; status: number }[];
  close(): Promise<void>;
}

export async function serveStatic(root: string, prefix: string): Promise<StaticServer> {
  if (!prefix.startsWith('/') || !prefix.endsWith('/')) throw new RangeError(`prefix must start and end with "/", got ${prefix}`);
  const requests: { path: string; status: number }[] = [];
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const answer = (status: number, body: string | Buffer, type = 'text/plain; charset=utf-8') => {
      requests.push({ path, status });
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-cache' });
      res.end(body);
    };
    if (!path.startsWith(prefix)) return answer(404, 'not under ' + prefix);
    const rel = normalize(path.slice(prefix.length) || 'index.html');
    if (rel.startsWith('..')) return answer(403, 'outside the root');
    const file = join(root, rel.endsWith('/') ? join(rel, 'index.html') : rel);
    try {
      if (!(await stat(file)).isFile()) return answer(404, 'not a file');
      answer(200, await readFile(file), TYPES[extname(file)] ?? 'application/octet-stream');
    } catch {
      answer(404, 'not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    requests,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
