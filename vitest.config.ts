// Three test projects, all run by `npm test` (= `vitest run`); one alone with `vitest run --project <name>`.
// vitest 4, not 5: vitest 5 needs Node ≥ 22.12 (see shared/spec/toolchain.md).
import { defineConfig } from 'vitest/config';
import InterleavedStart from './tests/support/startOrder.ts';

// Each project extends the game's own Vite config (plugins, aliases), so tests import src/ exactly as
// the build does. A path rather than an import: Vite's native config loader wants no extensionless imports.
const game = './vite.config.ts';

export default defineConfig({
  test: {
    // The three projects run together, three files at a time: a browser file spends much of its time waiting on
    // Chromium and the page, and a unit or story file fills that time (tests/support/startOrder.ts says in which
    // order). Issue 14 item 9, measured 2026-12-06 on the shared 2-core machine (wall time follows the load):
    //   before (unit+stories, then e2e two at a time): 231 s on a quiet machine; alone, unit 29 s (load 4-6),
    //     stories 25 s (load 1-2), e2e 292 s (load 6-16). CPU: about 420 s for the whole suite, 345 s of it e2e
    //     (Chromium included: a fresh page costs about 1.2 s of CPU, 0.6 s of it the new renderer process).
    //   after (this): the whole suite, 803 tests, 457 s at load 12-21 (nice 10; unit and stories done by 213 s,
    //     beside the browser files), where the old e2e project alone took 596 s at load 25-30. No quiet machine was
    //     left to check the 150 s goal, and at about 420 s of CPU two cores cannot finish under 210 s however the
    //     files are ordered: the next gain is fewer fresh pages.
    maxWorkers: 3,
    sequence: { sequencer: InterleavedStart },
    projects: [
      {
        extends: game,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // One worker process runs many files in turn without reloading src/ for each (each file still has its
          // own test state; the three spies in these files restore themselves): 41 s of CPU for the project
          // before, 19 s after (measured 2026-12-06).
          isolate: false,
          // Every story compiled once for the run, shared by the files that play one (and kept while unchanged).
          globalSetup: ['tests/support/storyBuilds.ts'],
          // A limit that catches a hang, not a speed goal (those live in `npm run bench`): compiling every story
          // or spawning a CLI takes well over Vitest's 5 s default on a busy shared machine.
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        extends: game,
        test: {
          name: 'stories',
          include: ['tests/stories/**/*.test.ts'],
          environment: 'node',
          isolate: false,
          globalSetup: ['tests/support/storyBuilds.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        extends: game,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // Every browser file shares the one Chromium (globalSetup.ts) and gets its own contexts and pages. WebGL
          // is off outside the stage's own drawing tests, so a page costs a little of the machine, not a fifth.
          globalSetup: ['tests/e2e/support/globalSetup.ts'],
          // The build runs while the first unit and story files do; a browser file waits for it before it loads.
          setupFiles: ['tests/e2e/support/buildDone.ts'],
          // One worker process serves many browser files in turn (each file still has its own module state):
          // starting a fresh Node and loading playwright-core for each of them cost about a second of CPU a file.
          isolate: false,
          // Generous: a cold chromium on a busy 2-core machine. Limits, not speed assertions.
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
