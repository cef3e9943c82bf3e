// A small static file server for dist/: loopback only, correct MIME types
// (application/wasm for streaming compilation), optional extra headers per
// path (the strict-CSP demo host). `node tests/e2e/serve.mjs DIR PORT`.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
};

/**
 * Serves `dir` on 127.0.0.1:`port` (0 picks a free port); `mounts` maps URL
 * prefixes to other folders (the tests' own pages); `rewrite(path, text)`
 * may change an HTML page on its way out (the docs sites' example origin);
 * `headersFor(path)` headers replace the defaults (`cache-control: no-store`).
 * Resolves to the server.
 */
export function startServer(dir, port = 0, headersFor = () => ({}), mounts = {}, rewrite = null, { cache: keep = true } = {}) {
  const roots = [...Object.entries(mounts).map(([prefix, folder]) => [prefix, resolve(folder)]), ['/', resolve(dir)]];
  // Files are read once: a page's load time should not measure the disk
  // (unless `cache` is false: a host whose files are replaced in place).
  const cache = new Map();
  const read = async (path) => {
    if (!keep) return readFile(path);
    if (!cache.has(path)) cache.set(path, await readFile(path));
    return cache.get(path);
  };
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://127.0.0.1');
      const [prefix, root] = roots.find(([p]) => url.pathname.startsWith(p));
      let path = normalize(join(root, decodeURIComponent(url.pathname.slice(prefix.length))));
      if (!path.startsWith(root)) throw new Error('outside root');
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      let body = await read(path);
      if (rewrite && extname(path) === '.html') body = rewrite(url.pathname, body.toString('utf8'));
      res.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...headersFor(url.pathname),
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  return new Promise((done) => server.listen(port, '127.0.0.1', () => done(server)));
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dir = 'dist', port = '8080'] = process.argv.slice(2);
  const server = await startServer(dir, Number(port));
  console.log(`serving ${dir} on http://127.0.0.1:${server.address().port}/`);
}
