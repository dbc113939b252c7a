// The browser tests' third browser: WebKitGTK, the engine inside Safari, driven through WebKitWebDriver with the W3C
// WebDriver endpoints called by plain `fetch` (no client package: the dozen commands a test needs are one request
// each). scripts/webkitLaunch.ts starts the driver and its virtual display.
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AXE_TAGS, axeSource, failOnViolations, type AxeViolation } from './axe';

/** The key codes WebDriver wants for the keys the tests press (W3C WebDriver, "keyboard actions"). */
const KEYS: Record<string, string> = { Tab: '\uE004', Enter: '\uE007', Shift: '\uE008', Escape: '\uE00C' };

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** One MiniBrowser window, opened by WebKitWebDriver for this session and closed by `close()`. */
export class WebKitSession {
  private constructor(
    private readonly base: string,
    readonly capabilities: Record<string, unknown>,
  ) {}

  /**
   * A new session, and with it a new MiniBrowser window with its own storage, whose page is `size` exactly.
   * `--full-screen` takes away MiniBrowser's toolbar, whose smallest width held the page at 447 px however narrow
   * the window was asked to be; with no window manager on the virtual display the window keeps the size asked for.
   */
  static async open(driverUrl: string, size: { width: number; height: number }): Promise<WebKitSession> {
    const answer = await send(driverUrl, 'POST', '/session', {
      capabilities: {
        alwaysMatch: {
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { args: ['--automation', '--full-screen'] },
        },
      },
    });
    const { sessionId, capabilities } = answer as { sessionId: string; capabilities: Record<string, unknown> };
    const session = new WebKitSession(`${driverUrl}/session/${sessionId}`, capabilities);
    await session.command('POST', '/window/rect', size);
    const page = await session.evaluate(() => ({ width: innerWidth, height: innerHeight }));
    if (page.width !== size.width || page.height !== size.height) {
      await session.close();
      throw new Error(`WebKit: asked for a ${size.width}×${size.height} page, got ${page.width}×${page.height}`);
    }
    return session;
  }

  private command(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<unknown> {
    return send(this.base, method, path, body);
  }

  close(): Promise<unknown> {
    return this.command('DELETE', '');
  }

  goto(url: string): Promise<unknown> {
    return this.command('POST', '/url', { url });
  }

  reload(): Promise<unknown> {
    return this.command('POST', '/refresh', {});
  }

  /**
   * Run `fn` in the page with `args` (JSON values) and return what it returns, awaited if it is a promise. Like
   * every driver's evaluate, `fn` is sent as text: it cannot use anything from this file.
   */
  async evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>> {
    const script = `return (${fn.toString()}).apply(null, arguments);`;
    return (await this.command('POST', '/execute/sync', { script, args })) as Awaited<R>;
  }

  /** Evaluate a script's text in the page (a library's source, for instance). */
  async evaluateText(source: string): Promise<void> {
    await this.command('POST', '/execute/sync', { script: source, args: [] });
  }

  /** Poll `fn` in the page until it returns something truthy, or fail after `timeout` ms saying what was awaited. */
  async waitFor<A extends unknown[], R>(
    what: string,
    fn: (...args: A) => R,
    args: A,
    timeout = 15_000,
  ): Promise<Awaited<R>> {
    const until = Date.now() + timeout;
    for (;;) {
      const value = await this.evaluate(fn, ...args);
      if (value) return value;
      if (Date.now() > until) throw new Error(`WebKit: waited ${timeout} ms for ${what}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /**
   * Keys, as theatreKeys.ts's helpers press them in the other browsers: a key held by `down` stays held, through
   * other presses, until its `up`.
   */
  readonly keyboard = {
    down: (key: string) => this.keys([{ type: 'keyDown', value: KEYS[key] ?? key }]),
    up: (key: string) => this.keys([{ type: 'keyUp', value: KEYS[key] ?? key }]),
    press: (key: string) => {
      const value = KEYS[key] ?? key;
      return this.keys([
        { type: 'keyDown', value },
        { type: 'keyUp', value },
      ]);
    },
    /** Text typed one character at a time, as a person would. */
    type: (text: string) =>
      this.keys(
        [...new Intl.Segmenter('en-GB', { granularity: 'grapheme' }).segment(text)].flatMap(({ segment: value }) => [
          { type: 'keyDown', value },
          { type: 'keyUp', value },
        ]),
      ),
  };

  private async keys(actions: { type: string; value: string }[]): Promise<void> {
    await this.command('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
  }

  /** Click the first element `selector` matches, where a pointer would (WebDriver scrolls it into view first). */
  async click(selector: string): Promise<void> {
    // A person aims at what has stopped moving. After a choice the page glides the new words to the top of the
    // window (a smooth scroll): an element found mid-glide has moved on by the time it is clicked, and WebKitWebDriver
    // then says "element not interactable" or clicks whatever slid under the point.
    await this.evaluate(async () => {
      let last = NaN;
      for (let still = 0, frames = 0; still < 3 && frames < 300; frames++) {
        await new Promise((frame) => requestAnimationFrame(frame));
        still = scrollY === last ? still + 1 : 0;
        last = scrollY;
      }
    });
    const found = (await this.command('POST', '/element', { using: 'css selector', value: selector })) as Record<
      string,
      string
    >;
    await this.command('POST', `/element/${found[ELEMENT]}/click`, {});
  }

  /**
   * What went wrong in this document so far (watchedServer's `watchPage`): read it before a reload or a new
   * address, which start a new list.
   */
  pageErrors(): Promise<string[]> {
    return this.evaluate(
      () => (window as unknown as { __webkitErrors?: string[] }).__webkitErrors ?? ['no watcher in this page'],
    );
  }

  /** The page as drawn, a PNG. */
  async screenshot(): Promise<Buffer> {
    return Buffer.from((await this.command('GET', '/screenshot')) as string, 'base64');
  }

  /** axe-core over the page (or `selector`), with the rules every Chromium test holds the game to. */
  async expectNoAxeViolations(selector?: string): Promise<void> {
    if (!(await this.evaluate(() => 'axe' in window))) await this.evaluateText(await axeSource());
    const violations = await this.evaluate(
      (arg: { selector: string | null; tags: string[] }) =>
        (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe
          .run(arg.selector ?? document, { runOnly: { type: 'tag', values: arg.tags } })
          .then((r) => r.violations),
      { selector: selector ?? null, tags: AXE_TAGS },
    );
    failOnViolations(violations, await this.evaluate(() => location.href), selector);
  }
}

async function send(base: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const res = await fetch(base + path, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = (await res.json()) as { value: unknown };
  const value = answer.value as { error?: string; message?: string } | null;
  if (!res.ok || (value && typeof value === 'object' && 'error' in value))
    throw new Error(`WebKitWebDriver ${method} ${path}: ${value?.error ?? res.status}: ${value?.message ?? ''}`);
  return answer.value;
}

/**
 * Runs in every page the proxy serves, before the page's own scripts (WebKitWebDriver has no console log to read
 * and no init scripts): collects what would be console errors, uncaught errors, refused promises and resources
 * that failed to load, into `window.__webkitErrors`.
 */
function watchPage(): void {
  const errors: string[] = [];
  (window as unknown as { __webkitErrors: string[] }).__webkitErrors = errors;
  const text = (value: unknown) => (value instanceof Error ? `${value.name}: ${value.message}` : String(value));
  const consoleError = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    errors.push(`console: ${args.map(text).join(' ')}`);
    consoleError(...args);
  };
  window.addEventListener(
    'error',
    (event: Event) => {
      if (event instanceof ErrorEvent)
        errors.push(`pageerror: ${text(event.error ?? event.message)} (${event.filename}:${event.lineno})`);
      else {
        const el = event.target as HTMLElement & { src?: string; href?: string };
        errors.push(`failed to load: <${el.tagName.toLowerCase()}> ${el.src ?? el.href ?? ''}`);
      }
    },
    true,
  );
  window.addEventListener('unhandledrejection', (event) => errors.push(`unhandledrejection: ${text(event.reason)}`));
}

const WATCH_PATH = '/__webkit-watch.js';

export interface WatchedServer {
  /** Origin to open in WebKit, no trailing slash. */
  url: string;
  /** Every answer with status 400 or more, in order ("http 404: /path"). */
  httpErrors: string[];
  close(): Promise<void>;
}

/**
 * The built game as the other browser tests are served it (`target`, globalSetup.ts's server), through a proxy on
 * 127.0.0.1 that puts `watchPage` in each HTML page as its first script: a file of this origin, so the page's own
 * Content Security Policy (script-src 'self') lets it run. Nothing else of the answer is changed.
 */
export async function watchedServer(target: string): Promise<WatchedServer> {
  const httpErrors: string[] = [];
  const watcher = `(${watchPage.toString()})();`;
  const server = createServer((req, res) => {
    if (req.url === WATCH_PATH) {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-store' });
      return res.end(watcher);
    }
    const upstream = request(`${target}${req.url}`, { method: req.method, headers: req.headers }, (answer) => {
      const status = answer.statusCode ?? 502;
      if (status >= 400) httpErrors.push(`http ${status}: ${req.url}`);
      if (!(answer.headers['content-type'] ?? '').startsWith('text/html')) {
        res.writeHead(status, answer.headers);
        return answer.pipe(res);
      }
      const chunks: Buffer[] = [];
      answer.on('data', (c: Buffer) => chunks.push(c));
      answer.on('end', () => {
        const html = Buffer.concat(chunks)
          .toString('utf8')
          .replace(/<head>/i, `$&<script src="${WATCH_PATH}"></script>`);
        const headers = { ...answer.headers, 'content-length': String(Buffer.byteLength(html)) };
        res.writeHead(status, headers);
        res.end(html);
      });
    });
    upstream.on('error', (err) => {
      httpErrors.push(`proxy: ${req.url}: ${err.message}`);
      res.writeHead(502).end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    httpErrors,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
