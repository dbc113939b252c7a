// Builds the game once for the whole e2e project, serves dist/ on a free port and starts one headless Chromium that
// every e2e file connects to (a launch costs about a second; a connection a tenth of that). Test files read the
// addresses with `inject('baseUrl')` and `inject('browserWsEndpoint')` (see browser.ts → newPage, launchBrowser).
// The build runs in the background while the unit and story tests start: the server answers no request until it
// is done (never an old dist/), and each e2e file waits for it before it loads (buildDone.ts, a setup file).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, chromiumPath } from '../../../scripts/chromiumLaunch';
import { serveStatic } from '../../../scripts/serveStatic';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the served dist/, no trailing slash, e.g. http://127.0.0.1:41234 */
    baseUrl: string;
    /** Absolute path of the dist/ folder being served. */
    distDir: string;
    /** Where the shared Chromium listens for playwright-core's `chromium.connect()`. */
    browserWsEndpoint: string;
  }
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const distDir = path.join(root, 'dist');

function build(): Promise<void> {
  // A child process, not vite's build() in here: vitest sets NODE_ENV=test in this process, and the
  // build under test must be the same production build that `npm run build` makes.
  const env = { ...process.env };
  delete env.NODE_ENV;
  delete env.VITEST;
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  return new Promise((resolve, reject) => {
    const run = spawn(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: root, env, stdio: 'inherit' });
    run.on('error', reject);
    run.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`e2e set-up: vite build failed (exit ${code ?? signal})`)),
    );
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const reuse = process.env.E2E_SKIP_BUILD === '1' && existsSync(path.join(distDir, 'index.html'));
  if (reuse) console.log('e2e set-up: E2E_SKIP_BUILD=1, reusing the existing dist/');
  const built = reuse ? Promise.resolve() : build();
  // Failures reach the tests through the server (503 with the reason); this only keeps Node from calling it unhandled.
  built.catch(() => undefined);

  const [server, browser] = await Promise.all([
    serveStatic(distDir, 0, built, { cacheHashed: true }),
    chromium.launchServer({ executablePath: chromiumPath(), args: CHROMIUM_ARGS }),
  ]);
  project.provide('baseUrl', server.url);
  project.provide('distDir', distDir);
  project.provide('browserWsEndpoint', browser.wsEndpoint());
  return async () => {
    // A run stopped early must not leave a build writing into dist/.
    await built.catch(() => undefined);
    await Promise.all([server.close(), browser.close()]);
  };
}
