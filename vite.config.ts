import fs from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { inkStories } from './src/ink/vitePlugin.ts';
import { prerenderOpenings } from './src/ui/opening/prerenderOpenings.ts';

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
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      input: pages(),
    },
  },
  server: { port: 5173, host: '127.0.0.1' },
});
