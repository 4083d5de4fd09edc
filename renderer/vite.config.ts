import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * Vite marks the emitted script and stylesheet `crossorigin`. Same-origin in web mode it is a
 * no-op, but under Electron's file:// a CORS-mode stylesheet request fails, so drop it.
 */
const noCrossorigin = (): Plugin => ({
  name: 'berth-no-crossorigin',
  transformIndexHtml: {
    order: 'post',
    handler: (html) => html.replace(/ crossorigin(?=[\s>])/g, ''),
  },
});

// Paths are anchored to this file so the build works from any working directory.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react(), noCrossorigin()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2023',
    rolldownOptions: {
      output: {
        // zod and the module that configures it (jitless, see zod-setup.ts) share one chunk, so
        // the configuration runs right after zod itself and before any chunk that builds a schema:
        // left to the bundler, schemas could land in a chunk the entry imports, which runs first.
        codeSplitting: {
          groups: [
            { name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]renderer[\\/]zod-setup\.ts$/ },
            // Everything the first screen imports statically goes in one chunk: left alone, the
            // modules it shares with the lazily loaded views were spread over dozens of small
            // chunks, each its own request and module record on every start.
            { name: 'first-screen', tags: ['$initial'] },
          ],
        },
      },
    },
  },
  server: { strictPort: true },
});
