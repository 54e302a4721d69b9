// A tiny static file server for the built app (dist/), used by the end-to-end tests and the
// benchmark. It serves the app UNDER A SUB-PATH (default /mockup/) to prove the build works from
// any static host, answers unknown extension-less paths with index.html (SPA fallback, as static
// hosts are usually set up), gzips text assets when the client accepts it, and listens on
// 127.0.0.1 with a random port. Nothing else: no network beyond the loopback.

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.svg', '.txt']);

/**
 * Start serving `root` at `http://127.0.0.1:<port><base>`.
 * `extra` maps paths under the base to contents served as if they were files (the benchmark's
 * comparison page).
 * @param {{root: string, base?: string, gzip?: boolean, extra?: Record<string, string>}} opts
 * @returns {Promise<{url: string, origin: string, base: string, requests: string[], close: () => Promise<void>}>}
 */
export async function startServer({ root, base = '/mockup/', gzip = true, extra = {} }) {
  const rootDir = resolve(root);
  const cache = new Map(); // path -> {body, gz}
  const requests = [];
  const extraFiles = Object.fromEntries(Object.entries(extra).map(([k, v]) => [join(rootDir, k), v]));

  async function load(file) {
    let hit = cache.get(file);
    if (!hit) {
      const body = file in extraFiles ? Buffer.from(extraFiles[file]) : await readFile(file);
      const ext = extname(file);
      hit = { body, gz: COMPRESSIBLE.has(ext) ? gzipSync(body, { level: 9 }) : null };
      cache.set(file, hit);
    }
    return hit;
  }

  async function isFile(p) {
    try {
      return (await stat(p)).isFile();
    } catch {
      return false;
    }
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    requests.push(url.pathname + url.search);
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405).end();
        return;
      }
      if (url.pathname === base.replace(/\/$/, '')) {
        res.writeHead(301, { Location: base + url.search }).end();
        return;
      }
      if (!url.pathname.startsWith(base)) {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not under ' + base);
        return;
      }
      let rel = decodeURIComponent(url.pathname.slice(base.length));
      let file = normalize(join(rootDir, rel));
      if (file !== rootDir && !file.startsWith(rootDir + sep)) {
        res.writeHead(403).end();
        return;
      }
      if (rel === '' || rel.endsWith('/')) file = join(file, 'index.html');
      if (!(file in extraFiles) && !(await isFile(file))) {
        // SPA fallback for page-like paths; a missing asset or data file is a plain 404.
        if (extname(rel) === '') file = join(rootDir, 'index.html');
        else {
          res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
          return;
        }
      }
      const { body, gz } = await load(file);
      const useGz = gzip && gz && /\bgzip\b/.test(req.headers['accept-encoding'] || '');
      const headers = {
        'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
        'Cache-Control': 'no-cache',
        'Content-Length': (useGz ? gz : body).length,
      };
      if (useGz) headers['Content-Encoding'] = 'gzip';
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : useGz ? gz : body);
    } catch (e) {
      res.writeHead(500, { 'Content-Type': 'text/plain' }).end(String(e));
    }
  });

  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: origin + base,
    origin,
    base,
    requests,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}
