#!/usr/bin/env node
/**
 * Serves the production build from a sub-path the way GitHub Pages does (Cache-Control: max-age=600,
 * ETag and 304s), for the end-to-end tests of the deployed site. It also lets a test measure and
 * switch what crosses the network, on control paths outside the site:
 *   GET /__control/bytes        bytes written to browsers since the last reset, and the requests
 *   GET /__control/reset        start counting afresh
 *   GET /__control/offline?on=1 refuse every site request (on=0: serve again)
 *   GET /__control/deploy?n=2   serve "deployment n": the same build with a changed index.html and service worker
 * Usage: node scripts/serveDist.mjs [--port 4174] [--base /playground/] [--dir dist]
 */
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []));
const port = Number(args.port ?? 4174);
const base = args.base ?? '/playground/';
const root = resolve(args.dir ?? 'dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.woff': 'font/woff', '.ttf': 'font/ttf',
  '.idxz': 'application/octet-stream',
};

let offline = false;
let deployment = 1;
let closedBytes = 0;
let requests = [];
const sockets = new Set();
const md5 = (data) => createHash('md5').update(data).digest('hex');

/** A file as deployment `deployment` serves it: a later deployment changes index.html and the worker's record of it. */
function contents(relative) {
  const bytes = readFileSync(join(root, relative));
  if (deployment === 1) return bytes;
  const marked = (html) => html.replace('<head>', `<head>\n    <meta name="deployment" content="${deployment}" />`);
  if (relative === 'index.html') return Buffer.from(marked(bytes.toString('utf8')));
  if (relative === 'sw.js') {
    const original = md5(readFileSync(join(root, 'index.html')));
    const changed = md5(marked(readFileSync(join(root, 'index.html'), 'utf8')));
    return Buffer.from(bytes.toString('utf8').replace(original, changed));
  }
  return bytes;
}

function control(url, res) {
  const reply = (body) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify(body));
  };
  if (url.pathname === '/__control/bytes') {
    const open = [...sockets].filter((s) => !s.isControl).reduce((n, s) => n + s.bytesWritten, 0);
    return reply({ bytes: closedBytes + open, requests });
  }
  if (url.pathname === '/__control/reset') {
    closedBytes = -[...sockets].filter((s) => !s.isControl).reduce((n, s) => n + s.bytesWritten, 0);
    requests = [];
    return reply({ ok: true });
  }
  if (url.pathname === '/__control/offline') {
    offline = url.searchParams.get('on') === '1';
    if (offline) for (const s of sockets) if (!s.isControl) s.destroy();
    return reply({ offline });
  }
  if (url.pathname === '/__control/deploy') {
    deployment = Number(url.searchParams.get('n') ?? 1);
    return reply({ deployment });
  }
  res.writeHead(404).end();
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname.startsWith('/__control/')) {
    req.socket.isControl = true;
    return control(url, res);
  }
  if (offline) return req.socket.destroy();
  requests.push(url.pathname);
  if (!url.pathname.startsWith(base)) return res.writeHead(404).end('not found');
  let relative = normalize(decodeURIComponent(url.pathname.slice(base.length))).replace(/^(\.\.[/\\])+/, '');
  if (relative === '' || relative === '.' || relative.endsWith('/')) relative = join(relative, 'index.html');
  const file = join(root, relative);
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return res.writeHead(404).end('not found');
  const body = contents(relative);
  const etag = `"${md5(body)}"`;
  const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'max-age=600', ETag: etag };
  if (req.headers['if-none-match'] === etag) return res.writeHead(304, headers).end();
  res.writeHead(200, { ...headers, 'Content-Length': body.length });
  res.end(req.method === 'HEAD' ? undefined : body);
});
server.on('connection', (socket) => {
  sockets.add(socket);
  socket.on('close', () => {
    sockets.delete(socket);
    if (!socket.isControl) closedBytes += socket.bytesWritten;
  });
});
server.listen(port, () => console.log(`Serving ${root} at http://localhost:${port}${base}`));
