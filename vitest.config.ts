// Three test projects, all run by `npm test` (= `vitest run`); one alone with `vitest run --project <name>`.
// vitest 4, not 5: vitest 5 needs Node ≥ 22.12 (see shared/spec/toolchain.md).
import { defineConfig } from 'vitest/config';

// Each project extends the game's own Vite config (plugins, aliases), so tests import src/ exactly as
// the build does. A path rather than an import: Vite's native config loader wants no extensionless imports.
const game = './vite.config.ts';

export default defineConfig({
  test: {
    // Both cores: Vitest's default on a 2-core machine is one worker (cores − 1), which left a core idle while the
    // story walks and the browser tests waited on each other.
    maxWorkers: 2,
    projects: [
      {
        extends: game,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // A limit that catches a hang, not a speed goal (those live in `npm run bench`): compiling every story
          // or spawning a CLI takes well over Vitest's 5 s default on a busy shared machine.
          testTimeout: 30_000,
        },
      },
      {
        extends: game,
        test: {
          name: 'stories',
          include: ['tests/stories/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        extends: game,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // Two browser files at a time, both in the one shared Chromium (globalSetup.ts): a browser test mostly
          // waits (for a page, a transition, a poll), so two at once fill the time one leaves idle. WebGL is off
          // outside the stage's own drawing tests, so a page costs a few per cent of the machine, not a fifth.
          maxWorkers: 2,
          // After unit and stories, so quick failures show first and the browser has the CPU to itself.
          sequence: { groupOrder: 1 },
          // Generous: a cold chromium on a busy 2-core machine. Limits, not speed assertions.
          testTimeout: 120_000,
          hookTimeout: 180_000,
          globalSetup: ['tests/e2e/support/globalSetup.ts'],
        },
      },
    ],
  },
});
