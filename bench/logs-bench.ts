import { spawn } from 'node:child_process';
import WebSocket from 'ws';
import type { LogChunk } from '../shared/contract/container-detail.js';
import type { ServerMessage } from '../shared/protocol/messages.js';
import type { BerthWeb } from '../e2e/support/berth-web.js';
import { docker } from '../electron/core/testing/docker-cli.js';
import { runBenchContainer } from './fixtures.js';
import { median, timed } from './stats.js';

export interface LogsFigures {
  readonly lines: number;
  readonly bytes: number;
  readonly cliMs: number;
  readonly berthMs: number;
  readonly berthLines: number;
}

/** A stopped container whose history is `lines` lines of ~80 bytes. */
export const makeLogContainer = async (image: string, name: string, lines: number): Promise<string> => {
  const text = 'berth-bench log line: the quick brown fox jumps over the lazy dog 0123456789';
  const id = await runBenchContainer(image, name, 'logs', ['sh', '-c', `yes '${text}' | head -n ${lines}`]);
  await docker('wait', id);
  return id;
};

/** `docker logs` of the whole history into /dev/null: the engine's own speed, the ceiling. */
export const cliLogs = (id: string): Promise<void> =>
  new Promise((resolve, reject) => {
    const child = spawn('docker', ['logs', id], { stdio: ['ignore', 'ignore', 'ignore'] });
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`docker logs exited ${String(code)}`)),
    );
  });

/**
 * The whole history through Berth: engine → backend (demux, decode, batching) → WebSocket →
 * a client that acknowledges every chunk as it arrives (no screen: the engine-side ceiling).
 */
const berthLogs = (berth: BerthWeb, id: string): Promise<number> =>
  new Promise((resolve, reject) => {
    const ws = new WebSocket(
      berth.origin.replace('http', 'ws') + '/ws',
      ['berth.v1', `berth.token.${berth.token}`],
      {
        headers: { Origin: berth.origin },
      },
    );
    let lines = 0;
    ws.on('open', () => {
      ws.send(JSON.stringify({ t: 'hello' }));
      ws.send(
        JSON.stringify({
          t: 'sub',
          id: 1,
          channel: 'containers.logs',
          payload: { ref: id, tail: 'all', timestamps: false, follow: false },
        }),
      );
    });
    ws.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString('utf8')) as ServerMessage;
      if (message.t === 'chunk') {
        for (const chunk of message.data as LogChunk[]) {
          if (chunk.stream !== 'system')
            for (let i = chunk.text.indexOf('\n'); i !== -1; i = chunk.text.indexOf('\n', i + 1)) lines++;
        }
        ws.send(JSON.stringify({ t: 'ack', id: 1, bytes: message.bytes }));
      } else if (message.t === 'end') {
        ws.close();
        if (message.error) reject(new Error(message.error.message));
        else resolve(lines);
      }
    });
    ws.on('error', reject);
  });

export const benchLogs = async (
  berth: BerthWeb,
  id: string,
  lines: number,
  runs: number,
): Promise<LogsFigures> => {
  const cli: number[] = [];
  const ours: number[] = [];
  let berthLines = 0;
  for (let i = 0; i < runs; i++) {
    cli.push((await timed(() => cliLogs(id))).ms);
    const run = await timed(() => berthLogs(berth, id));
    ours.push(run.ms);
    berthLines = run.value;
  }
  return { lines, bytes: lines * 80, cliMs: median(cli), berthMs: median(ours), berthLines };
};
