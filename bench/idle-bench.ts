import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSocketProxy } from '../electron/core/testing/socket-proxy.js';
import { backendFor, waitForStatus } from '../electron/core/testing/test-backend.js';

export interface IdleFigures {
  readonly seconds: number;
  readonly engineCalls: number;
  readonly cpuMs: number;
}

/** A connected backend left alone: engine calls seen by a counting proxy, and the CPU it used. */
export const benchIdle = async (socket: string, seconds: number): Promise<IdleFigures> => {
  const dir = mkdtempSync(join(tmpdir(), 'berth-idle-'));
  const proxy = await startSocketProxy(join(dir, 'idle.sock'), socket);
  const backend = backendFor(`unix://${proxy.path}`);
  backend.start();
  await waitForStatus(backend, (s) => s.state === 'connected', 30_000);
  const before = proxy.requests.length;
  const cpuBefore = process.cpuUsage();
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  const cpu = process.cpuUsage(cpuBefore);
  const engineCalls = proxy.requests.length - before;
  backend.dispose();
  await proxy.kill();
  rmSync(dir, { recursive: true, force: true });
  return { seconds, engineCalls, cpuMs: (cpu.user + cpu.system) / 1000 };
};
