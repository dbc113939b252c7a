// A static file server for the built game, used by the e2e tests, the LMS test site and the benchmark: sirv (a
// maintained static server) behind Node's own http server, on a free port of 127.0.0.1. sirv's dev mode reads each
// file when it is asked for and sends `Cache-Control: no-store`: tests rebuild dist/ between runs, and the browser
// must never reuse an old bundle. Asked to (`cacheHashed`), it lets the browser keep the build's hashed files, as a
// real host would: their names change whenever their contents do.
import { stat } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import sirv from 'sirv';

export interface StaticServer {
  /** Origin without a trailing slash, e.g. http://127.0.0.1:41234 — append '/' or '/sub/'. */
  url: string;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  res.end(body);
}

// Plain-text files the pages link to (AUTHORING.md beside the author page, .ink files): sirv names their type
// without a charset, and a browser would then guess at the £ signs and curly quotes.
const TEXT_TYPES: Record<string, string> = {
  '.md': 'text/markdown; charset=utf-8',
  '.ink': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * A file Vite names by its contents (`assets/startStage-4Sn64_ZH.js`: its name, a dash, an 8-character hash): a
 * changed file is a new name, so a browser may keep the old one for as long as it likes.
 */
const HASHED = /(^|\/)assets\/[^/]+-[\w-]{8}\.[a-z0-9]+$/i;

export interface ServeOptions {
  /**
   * Let the browser keep hashed build files (`Cache-Control: max-age=31536000, immutable`); everything else stays
   * `no-store`. For the browser tests: a tab that opens the game again reuses the stage bundle (1.4 MB then, 0.6 MB
   * since 12-07) and the code compiled from it instead of fetching and compiling it afresh (about 2 s of CPU a test
   * file, measured 2026-12-06 with the 1.4 MB bundle).
   */
  cacheHashed?: boolean;
  /** Send `file.gz` (Content-Encoding: gzip) where one lies beside the file, as a host that compresses does. */
  gzip?: boolean;
}

/** Like a real static host, /sub answers 301 → /sub/, so that the page's relative URLs resolve inside sub/. */
async function isFolder(root: string, pathname: string): Promise<boolean> {
  if (pathname.endsWith('/')) return false;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  const file = path.join(root, decoded);
  if (!file.startsWith(root + path.sep)) return false;
  return (await stat(file).catch(() => null))?.isDirectory() ?? false;
}

/**
 * Serve `dir` on 127.0.0.1; port 0 picks a free port (safe when several runs share the machine). With `ready`, every
 * request waits for it first (the e2e set-up listens while dir/ is still being built, so no request sees an old
 * build), and answers 503 with the reason if it fails.
 */
export async function serveStatic(
  dir: string,
  port = 0,
  ready: Promise<unknown> = Promise.resolve(),
  options: ServeOptions = {},
): Promise<StaticServer> {
  const root = path.resolve(dir);
  const files = sirv(root, {
    dev: true,
    gzip: options.gzip ?? false,
    setHeaders: (res, pathname) => {
      const type = TEXT_TYPES[path.extname(pathname).toLowerCase()];
      if (type) res.setHeader('Content-Type', type);
      if (options.cacheHashed && HASHED.test(pathname)) res.setHeader('Cache-Control', 'max-age=31536000, immutable');
    },
  });
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    const serve = () =>
      isFolder(root, pathname).then(
        (folder) => {
          if (folder) return send(res, 301, 'Moved', { Location: `${pathname}/` });
          files(req, res, () => send(res, 404, `Not found: ${pathname}`));
        },
        (err: unknown) => send(res, 500, String(err)),
      );
    ready.then(serve, (err: unknown) => send(res, 503, `Not ready: ${String(err)}`));
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
