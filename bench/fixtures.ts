import { docker } from '../electron/core/testing/docker-cli.js';
import { rawApi } from './raw-api.js';

export const BENCH_LABEL = 'berth.bench';

/**
 * Creates `count` containers named `${prefix}-N` (created, or started when `start`), `concurrency` at a time,
 * labelled `label`=prefix (a bench with its own label is not cleaned away by another's run).
 */
export const createContainers = async (
  socket: string,
  image: string,
  prefix: string,
  count: number,
  start = false,
  concurrency = 8,
  label = BENCH_LABEL,
): Promise<string[]> => {
  const ids: string[] = new Array<string>(count);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const index = next++;
      const created = await rawApi(
        socket,
        'POST',
        `/containers/create?name=${prefix}-${String(index).padStart(4, '0')}`,
        {
          Image: image,
          Cmd: ['sleep', '86400'],
          Labels: { [label]: prefix },
          HostConfig: { NetworkMode: 'none' },
        },
      );
      if (created.status !== 201) throw new Error(`create failed: ${created.status} ${created.text}`);
      const id = (JSON.parse(created.text) as { Id: string }).Id;
      if (start) {
        const started = await rawApi(socket, 'POST', `/containers/${id}/start`);
        if (started.status !== 204) throw new Error(`start failed: ${started.status} ${started.text}`);
      }
      ids[index] = id;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return ids;
};

export const removeBenchContainers = async (socket: string): Promise<void> => {
  const filters = encodeURIComponent(JSON.stringify({ label: [BENCH_LABEL] }));
  const listed = await rawApi(socket, 'GET', `/containers/json?all=1&filters=${filters}`);
  const ids = (JSON.parse(listed.text) as { Id: string }[]).map((c) => c.Id);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < ids.length) {
      const id = ids[next++] ?? '';
      await rawApi(socket, 'DELETE', `/containers/${id}?force=1`);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
};

/** `docker run -d` a labelled, network-less bench container (removed with the others at the end). */
export const runBenchContainer = (
  image: string,
  name: string,
  kind: string,
  command: readonly string[],
  extra: readonly string[] = [],
): Promise<string> =>
  docker(
    'run',
    '-d',
    '--name',
    name,
    '--label',
    `${BENCH_LABEL}=${kind}`,
    '--network',
    'none',
    ...extra,
    image,
    ...command,
  );
