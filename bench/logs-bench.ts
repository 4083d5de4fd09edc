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
  readonly missing: number;
  readonly doubled: number;
}

/**
 * A stopped container whose history is `lines` numbered lines of 80 bytes (`%07d` first), so a
 * reader can tell that none is missing or doubled (`yes` lines cannot say).
 */
export const makeLogContainer = async (image: string, name: string, lines: number): Promise<string> => {
  const id = await runBenchContainer(image, name, 'logs', [
    'awk',
    `BEGIN { for (i = 1; i <= ${String(lines)}; i++) printf "%07d berth-bench log line: the quick brown fox jumps over the lazy dog\\n", i }`,
  ]);
  await docker('wait', id);
  return id;
};

export interface LineCheck {
  readonly lines: number;
  readonly missing: number;
  readonly doubled: number;
}

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
const berthLogs = (berth: BerthWeb, id: string, expected: number): Promise<LineCheck> =>
  new Promise((resolve, reject) => {
    const ws = new WebSocket(
      berth.origin.replace('http', 'ws') + '/ws',
      ['berth.v1', `berth.token.${berth.token}`],
      {
        headers: { Origin: berth.origin },
      },
    );
    let lines = 0;
    let doubled = 0;
    const seen = new Uint8Array(expected + 1);
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
          if (chunk.stream === 'system') continue;
          // Each line starts with its number: count it, and whether it came before.
          for (
            let start = 0, i = chunk.text.indexOf('\n');
            i !== -1;
            start = i + 1, i = chunk.text.indexOf('\n', start)
          ) {
            lines++;
            const n = Number(chunk.text.slice(start, start + 7));
            if (n >= 1 && n <= expected) {
              if (seen[n]) doubled++;
              seen[n] = 1;
            }
          }
        }
        ws.send(JSON.stringify({ t: 'ack', id: 1, bytes: message.bytes }));
      } else if (message.t === 'end') {
        ws.close();
        if (message.error) reject(new Error(message.error.message));
        else {
          let missing = 0;
          for (let n = 1; n <= expected; n++) if (!seen[n]) missing++;
          resolve({ lines, missing, doubled });
        }
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
  let check: LineCheck = { lines: 0, missing: 0, doubled: 0 };
  for (let i = 0; i < runs; i++) {
    cli.push((await timed(() => cliLogs(id))).ms);
    const run = await timed(() => berthLogs(berth, id, lines));
    ours.push(run.ms);
    check = run.value;
  }
  return {
    lines,
    bytes: lines * 80,
    cliMs: median(cli),
    berthMs: median(ours),
    berthLines: check.lines,
    missing: check.missing,
    doubled: check.doubled,
  };
};
