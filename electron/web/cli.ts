#!/usr/bin/env node
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBackend } from '../core/index.js';
import { parseWebArgs, UsageError } from './cli-args.js';
import { startWebServer } from './web-server.js';

const main = async (): Promise<void> => {
  let args;
  try {
    args = parseWebArgs(process.argv.slice(2));
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`${err.message}\n`);
    process.exitCode = 2;
    return;
  }
  const backend = createBackend();
  const staticDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'renderer');
  let server;
  try {
    server = await startWebServer({ backend, staticDir, ...args });
  } catch (err) {
    // Nothing may keep the process alive when it cannot serve (a port in use, say).
    backend.dispose();
    throw err;
  }
  // Connect only once there is somewhere to show it.
  backend.start();
  process.stdout.write(`Berth is running at ${server.url}\n`);

  const stop = (): void => {
    void server.close().finally(() => {
      backend.dispose();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
};

main().catch((err: unknown) => {
  process.stderr.write(`berth: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
