import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * Bundles the preload into one CommonJS file. A sandboxed preload cannot load other files:
 * its `require` resolves only 'electron', which stays external.
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  publicDir: false,
  build: {
    lib: {
      entry: 'electron/preload/preload.ts',
      formats: ['cjs'],
      fileName: () => 'preload.cjs',
    },
    outDir: 'dist/electron/preload',
    emptyOutDir: true,
    minify: false,
    sourcemap: true,
    rolldownOptions: {
      external: ['electron'],
    },
  },
});
