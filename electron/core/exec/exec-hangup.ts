import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import type Docker from 'dockerode';
import type { EngineConnection } from '../engine/engine-connection.js';

/*
 * The engine does not end an exec when its client goes away (moby/moby#9098): with a TTY it only
 * stops copying, and the shell lives on until the container stops. Closing a terminal should hang
 * up its shell, as closing a terminal window does. So each session tags its process with a unique
 * environment variable (inherited by what the shell starts), and on close a second, detached exec
 * sends SIGHUP to every process carrying the tag. Best effort: an image without sh, tr and grep
 * keeps the old engine behaviour.
 */

const TAG_VARIABLE = 'BERTH_EXEC_SESSION';

export interface ExecTag {
  /** Goes into the exec's Env. */
  readonly env: string;
  readonly value: string;
}

export const newExecTag = (): ExecTag => {
  const value = randomUUID();
  return { env: `${TAG_VARIABLE}=${value}`, value };
};

/** The tag is a UUID (hex and dashes), so it is safe inside single quotes. */
export const hangupCommand = (tag: ExecTag): string[] => [
  '/bin/sh',
  '-c',
  `for p in /proc/[0-9]*; do if tr '\\0' '\\n' < "$p/environ" 2>/dev/null | grep -qx '${TAG_VARIABLE}=${tag.value}'; ` +
    `then kill -HUP "\${p#/proc/}"; fi; done`,
];

type DetachedStart = (opts: { Detach: true; abortSignal: AbortSignal }) => Promise<unknown>;

/** Runs as the session's user: it can read its own processes' environment and signal them. */
export const hangUp = async (
  connection: EngineConnection,
  ref: string,
  tag: ExecTag,
  user: string | undefined,
): Promise<void> => {
  const exec = await connection.call((client, signal) =>
    client.getContainer(ref).exec({
      Cmd: hangupCommand(tag),
      AttachStdout: false,
      AttachStderr: false,
      ...(user ? { User: user } : {}),
      abortSignal: signal,
    }),
  );
  const response = await connection.call((client: Docker, signal) => {
    const started = client.getExec(exec.id);
    return (started.start as unknown as DetachedStart).call(started, { Detach: true, abortSignal: signal });
  });
  // dockerode hands back the (empty) response stream: drain it so its socket is released.
  if (response instanceof Readable) response.resume();
};
