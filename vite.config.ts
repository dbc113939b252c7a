import { defineConfig } from 'vite';
import { inkStories } from './src/ink/vitePlugin';

// Relative base: the built game runs from any static host, from a subfolder, and from a zip an LMS unpacks.
export default defineConfig({
  base: './',
  publicDir: 'assets/public',
  plugins: [inkStories({ dir: 'stories' })],
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
