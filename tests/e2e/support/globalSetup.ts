// Builds the game once for the whole e2e project and serves dist/ on a free port.
// Test files read the address with `inject('baseUrl')` (see browser.ts → newPage).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../../scripts/serveStatic';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the served dist/, no trailing slash, e.g. http://127.0.0.1:41234 */
    baseUrl: string;
    /** Absolute path of the dist/ folder being served. */
    distDir: string;
  }
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const distDir = path.join(root, 'dist');

function build(): void {
  // A child process, not vite's build() in here: vitest sets NODE_ENV=test in this process, and the
  // build under test must be the same production build that `npm run build` makes.
  const env = { ...process.env };
  delete env.NODE_ENV;
  delete env.VITEST;
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const run = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  if (run.status !== 0) throw new Error(`e2e set-up: vite build failed (exit ${run.status ?? run.signal})`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const reuse = process.env.E2E_SKIP_BUILD === '1' && existsSync(path.join(distDir, 'index.html'));
  if (reuse) console.log('e2e set-up: E2E_SKIP_BUILD=1, reusing the existing dist/');
  else build();

  const server = await serveStatic(distDir);
  project.provide('baseUrl', server.url);
  project.provide('distDir', distDir);
  return () => server.close();
}
