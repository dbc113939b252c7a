// The static server the browser tests, the LMS test site and the benchmark stand on: it must behave like a plain
// static host (a folder without its slash is redirected, so a page's relative URLs resolve inside it), never let a
// browser reuse an old build (only, when asked, a file whose name is its contents' hash), and never serve anything
// outside its folder.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../../scripts/serveStatic';

let dir: string;
let server: StaticServer;
/** The same folder, served as the browser tests serve the build: hashed files may be kept. */
let caching: StaticServer;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'allyship-static-'));
  await mkdir(path.join(dir, 'site', 'sub'), { recursive: true });
  await writeFile(path.join(dir, 'site', 'index.html'), '<p>home</p>');
  await writeFile(path.join(dir, 'site', 'sub', 'index.html'), '<p>sub</p>');
  await writeFile(path.join(dir, 'site', 'AUTHORING.md'), '# £ and “quotes”');
  await writeFile(path.join(dir, 'secret.txt'), 'outside');
  await mkdir(path.join(dir, 'site', 'assets'));
  await writeFile(path.join(dir, 'site', 'assets', 'startStage-4Sn64_ZH.js'), 'hashed');
  await writeFile(path.join(dir, 'site', 'assets', 'plain.js'), 'not hashed');
  await writeFile(path.join(dir, 'site', 'sub', 'notAssets-4Sn64_ZH.js'), 'hash-like, but outside assets/');
  server = await serveStatic(path.join(dir, 'site'));
  caching = await serveStatic(path.join(dir, 'site'), 0, undefined, { cacheHashed: true });
});

afterAll(async () => {
  await server.close();
  await caching.close();
  await rm(dir, { recursive: true, force: true });
});

/** A raw request, so that `..` reaches the server as written (fetch would tidy the path first). */
function get(
  pathname: string,
  method = 'GET',
  from = server,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${from.url}${pathname}`, { method, path: pathname }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the static server', () => {
  it('listens on 127.0.0.1 on a free port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves a folder’s index.html, and never lets the browser keep an old copy', async () => {
    const home = await get('/');
    expect(home.status).toBe(200);
    expect(home.body).toBe('<p>home</p>');
    expect(home.headers['content-type']).toMatch(/^text\/html/);
    expect(home.headers['cache-control']).toBe('no-store');
    expect((await get('/sub/')).body).toBe('<p>sub</p>');
  });

  it('lets the browser keep a hashed build file only when asked to, and nothing else', async () => {
    expect((await get('/assets/startStage-4Sn64_ZH.js')).headers['cache-control']).toBe('no-store');
    const kept = await get('/assets/startStage-4Sn64_ZH.js', 'GET', caching);
    expect(kept.body).toBe('hashed');
    expect(kept.headers['cache-control']).toBe('max-age=31536000, immutable');
    for (const fresh of ['/', '/assets/plain.js', '/sub/notAssets-4Sn64_ZH.js'])
      expect((await get(fresh, 'GET', caching)).headers['cache-control'], fresh).toBe('no-store');
  });

  it('redirects a folder without its slash, as a static host does', async () => {
    const sub = await get('/sub');
    expect(sub.status).toBe(301);
    expect(sub.headers.location).toBe('/sub/');
  });

  it('names the character set of plain text, so £ and curly quotes read right', async () => {
    const guide = await get('/AUTHORING.md');
    expect(guide.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(guide.body).toBe('# £ and “quotes”');
  });

  it('answers 404 for what is not there, 405 for anything but GET and HEAD, and nothing from outside its folder', async () => {
    expect((await get('/missing.js')).status).toBe(404);
    expect((await get('/', 'POST')).status).toBe(405);
    for (const escape of ['/../secret.txt', '/%2e%2e/secret.txt', '/sub/../../secret.txt']) {
      const answer = await get(escape);
      expect(answer.body, escape).not.toContain('outside');
    }
  });
});
