import fs from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { inkStories } from './src/ink/vitePlugin.ts';
import { prerenderOpenings } from './src/ui/opening/prerenderOpenings.ts';
import { phaserForStage } from './src/stage/vitePhaser.ts';
import { facilitatorPagesOffline } from './src/ui/workshop/viteOffline.ts';

// The built pages carry a Content-Security-Policy: no inline script, no eval (zod runs jitless), images from
// data:/blob: for Phaser's default textures. Vite's dev server injects inline scripts, so only the build gets it.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

// The author's guide ships beside the author page, so its link works on any host and offline.
function authorsGuide(): Plugin {
  return {
    name: 'authors-guide',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'AUTHORING.md', source: fs.readFileSync('AUTHORING.md', 'utf8') });
    },
  };
}

// The game's own typeface (Atkinson Hyperlegible, latin, regular and bold) is asked for with the page, not when the
// first words are laid out: the story's opening is on the page before the game's code (issue 20), and a font that
// came later would swap in under the learner's eyes and move every line.
function preloadTypeface(): Plugin {
  return {
    name: 'preload-typeface',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.filename.endsWith('index.html') || !ctx.bundle) return;
        return Object.keys(ctx.bundle)
          .filter((file) => /atkinson-hyperlegible-latin-(400|700)-normal-[\w-]+\.woff2$/.test(file))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'font', type: 'font/woff2', href: `./${file}`, crossorigin: '' },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}

// What the first words need, in as few files as there can be. On a slow network every file is a request, and over
// HTTP/1.1 (what a proxy often leaves of a connection) a browser asks a host for six at a time: the boot script's
// graph was six small shared chunks beside the stylesheet and the two fonts, so the last of them waited a whole
// round trip more (Slow 4G, CPU ×4: the first line at 2.0 s, then 1.5 s). Every module the boot script imports
// goes into one chunk beside it, except what the pages a room's phones and projector open share with it (the DOM
// helpers): those pages stay as light as they were. The other pages load that chunk for what they share with the
// game (a few KiB more for some). Stylesheets stay as they were.
function firstWordsInOneFile() {
  const light = ['/vote.html', '/projector.html'];
  const chunk = new Set<string>();
  const engine = new Set<string>();
  const plugin: Plugin = {
    name: 'first-words-in-one-file',
    apply: 'build',
    buildEnd() {
      const graph = (from: string, into = new Set<string>(), dynamic = false) => {
        const visit = (id: string) => {
          if (into.has(id)) return;
          into.add(id);
          const info = this.getModuleInfo(id);
          for (const next of info?.importedIds ?? []) visit(next);
          if (dynamic) for (const next of info?.dynamicallyImportedIds ?? []) visit(next);
        };
        visit(from);
        return into;
      };
      const ids = [...this.getModuleIds()];
      const boot = ids.find((id) => id.endsWith('/src/boot.ts'));
      if (!boot) return;
      const shared = new Set<string>();
      for (const id of ids) if (light.some((page) => id.endsWith(page))) graph(id, shared, true);
      const bootGraph = graph(boot);
      for (const id of bootGraph)
        if (id !== boot && !shared.has(id) && !/\.css$|modulepreload-polyfill/.test(id)) chunk.add(id);
      // The engine's files come the same way once the first words are up: the game's static imports that other
      // pages share with it were eight chunks with the story's JSON beside them, the last three a round trip late
      // (a press answered 0.4 s later). What those pages share with the game is one chunk; the game's own modules
      // stay in its own (main). The accessibility page loads the engine whole (about 9 KiB it did not before).
      const main = ids.find((id) => id.endsWith('/src/main.ts'));
      const others = new Set<string>();
      for (const id of ids) if (this.getModuleInfo(id)?.isEntry && !id.endsWith('/index.html')) graph(id, others, true);
      // So do the game's static imports that a chunk it loads later (the curtain call, the stage) shares: left to
      // themselves they became a chunk of their own, one more file in the round (engine/talkedPast.ts, session 17).
      if (main) {
        const now = graph(main);
        const later = new Set<string>();
        for (const id of now)
          for (const next of this.getModuleInfo(id)?.dynamicallyImportedIds ?? []) graph(next, later, true);
        for (const id of now)
          if (
            id !== main &&
            (others.has(id) || later.has(id)) &&
            !bootGraph.has(id) &&
            !shared.has(id) &&
            !id.endsWith('.css')
          )
            engine.add(id);
      }
    },
  };
  // Only these modules: what they import from the shared chunks stays there (nothing there imports them back).
  return {
    plugin,
    // How a titled person is named (engine/titledNames.ts) goes with the first words: the game's engine and the
    // phone's account both ask for it at once, and alone it was a chunk of its own, a seventh file in the engine's
    // round (session 18).
    group: {
      name: 'first-words',
      test: (id: string) => chunk.has(id) || id.endsWith('/src/engine/titledNames.ts'),
      includeDependenciesRecursively: false,
    },
    engine: { name: 'engine', test: (id: string) => engine.has(id), includeDependenciesRecursively: false },
  };
}
const firstWords = firstWordsInOneFile();

// Every page of the game: the game itself, and the other pages when they exist (author preview, workshop,
// accessibility statement, the Script). Each page is its own entry, so the game's entry never pulls in their code.
function pages(): Record<string, string> {
  const input: Record<string, string> = { index: 'index.html' };
  for (const name of ['author', 'workshop', 'projector', 'accessibility', 'script', 'vote']) {
    if (fs.existsSync(`${name}.html`)) input[name] = `${name}.html`;
  }
  return input;
}

// Relative base: the built game runs from any static host, from a subfolder, and from a zip an LMS unpacks.
export default defineConfig({
  base: './',
  publicDir: 'assets/public',
  plugins: [
    inkStories({ dir: 'stories' }),
    prerenderOpenings(),
    preloadTypeface(),
    contentSecurityPolicy(),
    authorsGuide(),
    firstWords.plugin,
    phaserForStage(),
    facilitatorPagesOffline(),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      input: pages(),
      output: { codeSplitting: { groups: [firstWords.group, firstWords.engine] } },
    },
  },
  server: { port: 5173, host: '127.0.0.1' },
});
