// A tiny static file server for the built game, used by the e2e tests and the benchmark.
// Our own rather than `vite preview` so that tests can serve any folder (e.g. dist copied into a
// subfolder) on a free port, with no caching, and behave like a plain static host would.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface StaticServer {
  /** Origin without a trailing slash, e.g. http://127.0.0.1:41234 — append '/' or '/sub/'. */
  url: string;
  close(): Promise<void>;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.ink': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsd': 'application/xml; charset=utf-8',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
};

export function mimeType(file: string): string {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(body);
}

async function handle(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD')
    return send(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return send(res, 400, 'Bad request');
  }
  const file = path.join(root, decoded);
  // Refuse anything that escapes the served folder (../ or encoded variants).
  if (file !== root && !file.startsWith(root + path.sep)) return send(res, 403, 'Forbidden');

  let target = file;
  let info = await stat(target).catch(() => null);
  if (info?.isDirectory()) {
    // Like a real static host: /sub -> /sub/ so that the page's relative URLs resolve inside sub/.
    if (!pathname.endsWith('/')) return send(res, 301, 'Moved', { Location: pathname + '/' });
    target = path.join(target, 'index.html');
    info = await stat(target).catch(() => null);
  }
  if (!info?.isFile()) return send(res, 404, `Not found: ${decoded}`);

  res.writeHead(200, {
    'Content-Type': mimeType(target),
    'Content-Length': String(info.size),
    // Tests rebuild dist/ between runs: never let the browser reuse an old bundle.
    'Cache-Control': 'no-store',
  });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(target)
    .on('error', () => res.destroy())
    .pipe(res);
}

/** Serve `dir` on 127.0.0.1; port 0 picks a free port (safe when several runs share the machine). */
export async function serveStatic(dir: string, port = 0): Promise<StaticServer> {
  const root = path.resolve(dir);
  const server = createServer((req, res) => {
    handle(root, req, res).catch((err: unknown) => {
      if (!res.headersSent) send(res, 500, String(err));
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Browsers keep connections alive; without this close() would wait for them to time out.
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

// `npx tsx scripts/serveStatic.ts dist 4173`
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const [dir = 'dist', port = '0'] = process.argv.slice(2);
  serveStatic(dir, Number(port)).then(
    (s) => console.log(`Serving ${path.resolve(dir)} at ${s.url}/ (Ctrl+C to stop)`),
    (err: unknown) => {
      console.error(`serveStatic: ${String(err)}`);
      process.exit(1);
    },
  );
}
