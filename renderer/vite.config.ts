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

/**
 * The boot script (renderer/boot/boot.ts) is its own entry, loaded `async` from <head> ahead of
 * the app: it opens the WebSocket while the browser compiles the app's chunk. Vite would fold a
 * second module script in index.html into the app's entry, so the tag is written here, for the
 * built file's hashed name (a file, not inline code: the CSP allows only 'self').
 */
const bootScript = (): Plugin => ({
  name: 'berth-boot-script',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (html, ctx) => {
      const boot = Object.values(ctx.bundle ?? {}).find(
        (file) => file.type === 'chunk' && file.isEntry && file.name === 'boot',
      );
      if (!boot) throw new Error('berth-boot-script: the build has no boot chunk.');
      const tag = `<script type="module" async src="./${boot.fileName}"></script>`;
      if (!html.includes('<script')) throw new Error('berth-boot-script: index.html has no script tag.');
      return html.replace('<script', `${tag}\n    <script`);
    },
  },
});

// Paths are anchored to this file so the build works from any working directory.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [react(), noCrossorigin(), bootScript()],
  resolve: {
    // `zod` (exactly: not 'zod/v4', which the module itself imports) is zod configured for the page,
    // see zod-configured.ts. shared/ keeps importing plain 'zod', for the backend as much as for us.
    alias: [{ find: /^zod$/, replacement: `${import.meta.dirname}/zod-configured.ts` }],
  },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'es2023',
    rolldownOptions: {
      input: {
        index: `${import.meta.dirname}/index.html`,
        boot: `${import.meta.dirname}/boot/boot.ts`,
      },
      output: {
        codeSplitting: {
          groups: [
            // The boot script and what the app shares with it: a few hundred bytes, its own chunk,
            // never drawn into the app's (that would make the boot script wait for all of it).
            {
              name: 'boot',
              priority: 1,
              test: /[\\/]renderer[\\/](boot[\\/]|ipc[\\/](address-bar-token|web-socket-address)\.ts$)|[\\/]shared[\\/]protocol[\\/](bridge|first-calls)\.ts$/,
            },
            // Everything the first screen imports statically goes in one chunk: left alone, the
            // modules it shares with the lazily loaded views were spread over dozens of small
            // chunks, each its own request and module record on every start.
            { name: 'first-screen', tags: ['$initial'] },
            // zod and the module that configures it (zod-configured.ts, what `zod` resolves to) make
            // one chunk, fetched with the first lazy chunk that builds a schema; left to the bundler,
            // zod's modules would be spread over the chunks that share them. After the first
            // screen's group: a group takes its modules' dependencies too, and zod-configured.ts
            // imports i18n.ts, which must stay in the first chunk (else that chunk imports this one).
            { name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]renderer[\\/]zod-configured\.ts$/ },
          ],
        },
      },
    },
  },
  server: { strictPort: true },
});
