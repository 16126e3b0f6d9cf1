// A site as a municipality runs it: static files from the site's own folders, and /api/ passed on
// to the intake server (@wmebv/server from its tarball), so the form and its endpoint share an origin.
import { createReadStream, statSync } from 'node:fs';
import { createServer, request } from 'node:http';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.map': 'application/json',
  '.json': 'application/json',
};

/**
 * @param {{ mounts: Record<string, string>, api: URL }} options - URL prefix (ending in /) to folder
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveSite({ mounts, api }) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/favicon.ico') return void res.writeHead(204).end();
    if (url.pathname.startsWith('/api/')) return proxy(req, res, new URL(url.pathname + url.search, api));
    const prefix = Object.keys(mounts)
      .filter((candidate) => url.pathname.startsWith(candidate))
      .sort((a, b) => b.length - a.length)[0];
    if (!prefix) return notFound(res);
    const root = path.resolve(mounts[prefix]);
    let file = path.join(root, decodeURIComponent(url.pathname.slice(prefix.length)));
    if (!file.startsWith(root)) return notFound(res);
    if (isDirectory(file)) file = path.join(file, 'index.html');
    if (!isFile(file)) return notFound(res);
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function proxy(req, res, target) {
  // The Host header stays the site's: to the intake server the page is then same-origin, as behind a real proxy.
  const forward = request(target, { method: req.method, headers: req.headers }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  forward.on('error', () => {
    res.writeHead(502);
    res.end();
  });
  req.pipe(forward);
}

function notFound(res) {
  res.writeHead(404, { 'Content-Type': 'text/plain' });
  res.end('not found');
}

function isFile(file) {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function isDirectory(file) {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}
