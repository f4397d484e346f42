/**
 * A tiny static server for the bench: serves a built `dist/` folder on 127.0.0.1 the way a CDN would,
 * gzip-compressed (`Content-Encoding: gzip`) with correct content types, falling back to index.html
 * for any path that is not a file (single-page app routes). Hashed assets are cached for a year.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { constants, gzipSync } from 'node:zlib';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

/** Already-compressed formats are sent as they are. */
const INCOMPRESSIBLE = new Set(['.png', '.jpg', '.webp', '.woff2']);

/** The gzip used both to serve and to count "gzipped bytes", so the two agree. */
export function gzip(buffer) {
  return gzipSync(buffer, { level: constants.Z_BEST_COMPRESSION });
}

/** Starts serving `root`; resolves with `{ url, close }` once listening on a free port. */
export function serveDist(root) {
  const base = resolve(root);
  const cache = new Map();

  async function load(path) {
    if (!cache.has(path)) {
      const body = await readFile(path);
      const ext = extname(path);
      const compressed = INCOMPRESSIBLE.has(ext) ? null : gzip(body);
      cache.set(path, { ext, body, compressed });
    }
    return cache.get(path);
  }

  async function resolveFile(urlPath) {
    let decoded;
    try {
      decoded = decodeURIComponent(urlPath);
    } catch {
      return null;
    }
    const candidate = normalize(join(base, decoded));
    if (candidate !== base && !candidate.startsWith(base + sep)) return null;
    try {
      const info = await stat(candidate);
      if (info.isFile()) return candidate;
      if (info.isDirectory()) {
        const index = join(candidate, 'index.html');
        if ((await stat(index).catch(() => null))?.isFile()) return index;
      }
    } catch {
      // fall through to the SPA fallback
    }
    return null;
  }

  const server = createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { Allow: 'GET, HEAD' }).end();
        return;
      }
      const urlPath = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      let file = await resolveFile(urlPath);
      let status = 200;
      if (!file) {
        // SPA fallback, except for missing assets, which are a real 404.
        if (extname(urlPath) && extname(urlPath) !== '.html') status = 404;
        file = join(base, 'index.html');
      }
      if (status === 404) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      const { ext, body, compressed } = await load(file);
      const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      const payload = compressed && acceptsGzip ? compressed : body;
      const headers = {
        'Content-Type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
        'Content-Length': payload.length,
        'Cache-Control': file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      };
      if (compressed) headers.Vary = 'Accept-Encoding';
      if (payload === compressed) headers['Content-Encoding'] = 'gzip';
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : payload);
    } catch (error) {
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(String(error));
    }
  });

  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolveServer({
        url: `http://127.0.0.1:${port}/`,
        close: () => new Promise((done) => { server.closeAllConnections?.(); server.close(() => done()); }),
      });
    });
  });
}
