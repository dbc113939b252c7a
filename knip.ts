// Unused files, exports and dependencies (`npm run lint` runs `knip`). Knip finds the game's pages through the Vite
// config, the tests through Vitest's, and the CLIs through package.json's scripts; what it cannot see is named here.
import type { KnipConfig } from 'knip';

const config: KnipConfig = {
  entry: [
    // Run by hand or by .ci/run, not imported: `node scripts/firstLoadJs.mjs`, `node scripts/ci-summary.mjs`.
    'scripts/*.{mjs,ts}',
    // The facilitator pages' service worker: compiled on its own into the build by src/ui/workshop/viteOffline.ts.
    'src/ui/workshop/offlineWorker.ts',
  ],
  project: ['src/**/*.{ts,css}', 'scripts/**/*.{ts,mjs}', 'tests/**/*.ts', '*.config.ts'],
  // The fonts are imported by the game's stylesheet (src/ui/styles/app.css): read its @import lines as imports.
  compilers: {
    css: (text: string) => [...text.matchAll(/(?<=@)import[^;]+/g)].join('\n'),
  },
  ignoreBinaries: [
    // scripts/ensure-browser.mjs installs chromium with Debian's own apt-get (see shared/spec/toolchain.md).
    'apt-get',
    // scripts/webkitLaunch.ts starts Debian's Xvfb (package xvfb, installed by ensure-browser) for WebKitGTK.
    'Xvfb',
  ],
};

export default config;
