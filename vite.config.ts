import { defineConfig, type Plugin } from 'vite';
import { inkStories } from './src/ink/vitePlugin.ts';

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
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

// Relative base: the built game runs from any static host, from a subfolder, and from a zip an LMS unpacks.
export default defineConfig({
  base: './',
  publicDir: 'assets/public',
  plugins: [inkStories({ dir: 'stories' }), contentSecurityPolicy()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: { index: 'index.html' },
    },
  },
  server: { port: 5173, host: '127.0.0.1' },
});
