import { StringDecoder } from 'node:string_decoder';
import type { z } from 'zod';
import type { LogChunk } from '../../../shared/contract/container-detail.js';
import type { serviceLogsRequest } from '../../../shared/swarm/swarm-types.js';
import type { EngineConnection } from '../engine/engine-connection.js';
import { toEnvelope } from '../errors/docker-errors.js';
import { FrameDemuxer } from '../logs/frame-demuxer.js';
import type { StreamHandle, StreamSink } from '../rpc/router.js';
import { filtersQuery, swarmDial } from './swarm-api.js';
import { inspectService } from './service-actions.js';
import type { RawTask } from './swarm-raw.js';

export type ServiceLogChunk = LogChunk & { readonly task: string };
type Request = z.output<typeof serviceLogsRequest>;

/** Longest line passed on whole; longer ones are cut with a visible marker, as container logs are. */
const MAX_LINE = 16 * 1024;
const TASK_ID = /(?:^|,)com\.docker\.swarm\.task\.id=([a-z0-9]+)/;

type Body = NodeJS.ReadableStream & { destroy(): void; pause(): void; resume(): void };

/**
 * Splits one log message of `/services/{id}/logs?details=true` into the task it came from and
 * its text: the engine puts `key=value,…` details, a space, then the line.
 */
export const splitDetails = (message: string): { taskId: string | null; text: string } => {
  const space = message.indexOf(' ');
  if (space < 0) return { taskId: null, text: message };
  const details = message.slice(0, space);
  const match = TASK_ID.exec(details);
  if (!match?.[1]) return { taskId: null, text: message };
  return { taskId: match[1], text: message.slice(space + 1) };
};

/**
 * `services.logs`: every task's lines through the engine's service logs endpoint, each chunk
 * naming its task as `service.slot` (or `service.node` for a global service), so the console
 * can give each task its own prefix and colour.
 */
export const streamServiceLogs = (
  connection: EngineConnection,
  req: Request,
  sink: StreamSink<ServiceLogChunk>,
): StreamHandle => {
  let body: Body | null = null;
  let disposed = false;
  const abort = new AbortController();
  const names = new Map<string, string>();
  let serviceName = req.id;
  let serviceId = req.id;

  const loadNames = async (): Promise<void> => {
    const tasks = await connection.call((client, signal) =>
      swarmDial<RawTask[]>(
        client,
        { path: '/tasks', method: 'GET', query: { filters: filtersQuery({ service: [serviceId] }) } },
        signal,
      ),
    );
    for (const t of tasks) {
      names.set(
        t.ID,
        t.Slot && t.Slot > 0
          ? `${serviceName}.${t.Slot}`
          : `${serviceName}.${(t.NodeID ?? t.ID).slice(0, 12)}`,
      );
    }
  };
  let refreshing: Promise<void> | null = null;
  const taskName = (id: string | null): string => {
    if (id === null) return serviceName;
    const known = names.get(id);
    if (known) return known;
    // A task started after the names were read (scale up, update): read them again, once at a time.
    refreshing ??= loadNames()
      .catch(() => undefined)
      .finally(() => {
        refreshing = null;
      });
    return `${serviceName}.${id.slice(0, 8)}`;
  };

  const emit = (stream: LogChunk['stream'], message: string): void => {
    const { taskId, text } = splitDetails(message);
    const line = text.length > MAX_LINE ? `${text.slice(0, MAX_LINE)} [… line cut at 16 KB]` : text;
    sink.push(
      { stream, text: line.endsWith('\n') ? line : `${line}\n`, task: taskName(taskId) },
      line.length,
    );
  };

  const start = async (): Promise<void> => {
    const service = await inspectService(connection, req.id);
    serviceName = service.Spec.Name ?? req.id;
    serviceId = service.ID;
    await loadNames();
    const tty = (service.Spec.TaskTemplate?.ContainerSpec as { TTY?: boolean } | undefined)?.TTY === true;
    const query: Record<string, string | number | boolean> = {
      stdout: true,
      stderr: true,
      details: true,
      follow: req.follow,
      timestamps: req.timestamps,
      tail: req.tail === null ? 'all' : req.tail,
    };
    const opened = await connection.call((client) =>
      // The stream itself has no deadline (a quiet service is followed for as long as it is open).
      swarmDial<Body>(
        client,
        { path: `/services/${serviceId}/logs`, method: 'GET', query, stream: true },
        abort.signal,
      ),
    );
    if (disposed) {
      opened.destroy();
      return;
    }
    body = opened;
    const decoders = new Map<number, { decoder: StringDecoder; partial: string }>();
    const take = (stream: 1 | 2 | 3, data: Buffer): void => {
      const slot = decoders.get(stream) ?? { decoder: new StringDecoder('utf8'), partial: '' };
      decoders.set(stream, slot);
      const parts = (slot.partial + slot.decoder.write(data)).split('\n');
      slot.partial = parts.pop() ?? '';
      const kind = stream === 2 ? 'stderr' : stream === 3 ? 'system' : 'stdout';
      for (const part of parts) emit(kind, part);
    };
    if (tty) {
      opened.on('data', (chunk: Buffer) => {
        take(1, chunk);
      });
    } else {
      const demux = new FrameDemuxer((stream, data) => {
        take(stream, data);
      });
      opened.on('data', (chunk: Buffer) => {
        demux.write(chunk);
      });
    }
    opened.on('end', () => {
      for (const [stream, slot] of decoders) {
        const rest = slot.partial + slot.decoder.end();
        if (rest) emit(stream === 2 ? 'stderr' : 'stdout', rest);
      }
      if (!disposed) sink.end();
    });
    opened.on('error', (err: unknown) => {
      if (!disposed) sink.end(toEnvelope(err));
    });
  };

  start().catch((err: unknown) => {
    if (!disposed) sink.end(toEnvelope(err));
  });

  return {
    pause: () => body?.pause(),
    resume: () => body?.resume(),
    dispose: () => {
      disposed = true;
      abort.abort();
      body?.destroy();
    },
  };
};
