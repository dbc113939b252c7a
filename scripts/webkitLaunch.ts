// How this project starts Debian's WebKitGTK (the engine of Safari, the browser on every iPhone) for the browser
// tests: WebKitWebDriver (package webkit2gtk-driver, WebKitGTK 2.50), which opens MiniBrowser windows, on an X
// display of its own from Xvfb (package xvfb). WebKitGTK 2.50's MiniBrowser has no headless mode (`--headless` is not
// among its options, and without a display GTK 3 stops at "cannot open display"), so a virtual display it is.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

/** WEBKIT_DRIVER_PATH picks another driver; else Debian's, on the PATH. */
export function webkitDriverPath(): string {
  return (
    process.env.WEBKIT_DRIVER_PATH ??
    (existsSync('/usr/bin/WebKitWebDriver') ? '/usr/bin/WebKitWebDriver' : 'WebKitWebDriver')
  );
}

/** A running WebKitWebDriver and the display its browsers draw on. `stop()` ends both. */
export interface WebKitDriver {
  /** e.g. http://127.0.0.1:41234 — the W3C WebDriver endpoints hang off it. */
  url: string;
  stop(): Promise<void>;
}

function stopped(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * Xvfb on the first free display (it picks one itself and writes its number to fd 3, so two runs on one machine
 * never race for the same display). 24-bit colour: the screenshots are looked at.
 */
function startXvfb(screen: string): Promise<{ display: string; child: ChildProcess }> {
  const child = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', `${screen}x24`, '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  return new Promise((resolve, reject) => {
    let number = '';
    child.once('error', (err) =>
      reject(new Error(`Xvfb would not start (${err.message}): install it with 'apt-get install xvfb'`)),
    );
    child.once('exit', (code) => reject(new Error(`Xvfb stopped (exit ${code}) before it had a display:\n${log}`)));
    child.stdio[3]!.on('data', (d: Buffer) => {
      number += d.toString();
      if (number.includes('\n')) resolve({ display: `:${number.trim()}`, child });
    });
  });
}

/** A port nothing listens on now (the driver has no "pick one" option). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function answers(url: string, child: ChildProcess, log: () => string): Promise<void> {
  for (let tries = 0; tries < 100; tries++) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver stopped (exit ${child.exitCode}):\n${log()}`);
    const ready = await fetch(`${url}/status`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not answer at ${url}/status within 10 s:\n${log()}`);
}

/** Start Xvfb and WebKitWebDriver on 127.0.0.1. */
export async function startWebKitDriver(screen = '1400x1000'): Promise<WebKitDriver> {
  const xvfb = await startXvfb(screen);
  const port = await freePort();
  const driver = spawn(webkitDriverPath(), [`--port=${port}`, '--host=local'], {
    // The display is the driver's and its browsers' alone; nothing else of this machine's session is passed on.
    env: { ...process.env, DISPLAY: xvfb.display, WAYLAND_DISPLAY: '', GDK_BACKEND: 'x11' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  if (process.env.WK_DEBUG) driver.stdout!.pipe(process.stdout);
  driver.stdout!.on('data', (d: Buffer) => (log += d.toString()));
  driver.stderr!.on('data', (d: Buffer) => (log += d.toString()));
  const failed = new Promise<never>((_, reject) =>
    driver.once('error', (err) =>
      reject(new Error(`WebKitWebDriver would not start (${err.message}): install webkit2gtk-driver`)),
    ),
  );
  const url = `http://127.0.0.1:${port}`;
  try {
    await Promise.race([answers(url, driver, () => log), failed]);
  } catch (err) {
    await Promise.all([stopped(driver), stopped(xvfb.child)]);
    throw err;
  }
  return {
    url,
    stop: async () => {
      await stopped(driver);
      await stopped(xvfb.child);
    },
  };
}
