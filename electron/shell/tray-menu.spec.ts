import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { ContainerState, ContainerSummary } from '../../shared/contract/containers.js';
import type { EngineStatus } from '../../shared/contract/engine.js';
import {
  actionFailure,
  toMenuTemplate,
  trayContainers,
  trayMenuModel,
  type TrayCommand,
  type TrayMenuItem,
} from './tray-menu.js';

const endpoint = { url: 'unix:///var/run/docker.sock', source: 'default' } as const;
const connected: EngineStatus = {
  state: 'connected',
  endpoint,
  version: { engine: '20.10.24', api: '1.41', os: 'linux', arch: 'amd64' },
};
const unreachable: EngineStatus = {
  state: 'unreachable',
  endpoint,
  code: 'ENGINE_UNREACHABLE',
  reason: 'connect ENOENT /var/run/docker.sock',
  nextAttemptAt: null,
  attempt: 3,
};
const connecting: EngineStatus = { state: 'connecting', endpoint, attempt: 1 };

let seq = 0;
const container = (name: string, state: ContainerState): ContainerSummary => ({
  id: (++seq).toString(16).padStart(64, 'a'),
  name,
  image: 'nginx:latest',
  command: 'nginx',
  state,
  status: '',
  created: 0,
  ports: [],
  labels: {},
  project: null,
  service: null,
});

const labels = (items: readonly TrayMenuItem[]): string[] =>
  items.map((i) => (i.type === 'separator' ? '---' : i.label));

const find = (items: readonly TrayMenuItem[], label: string): TrayMenuItem => {
  const item = items.find((i) => i.type !== 'separator' && i.label === label);
  if (!item) throw new Error(`no item "${label}" in ${labels(items).join(' | ')}`);
  return item;
};

const children = (item: TrayMenuItem): readonly TrayMenuItem[] => {
  if (item.type !== 'submenu') throw new Error(`${item.type} is not a submenu`);
  return item.items;
};

describe('trayMenuModel', () => {
  it('shows the engine version, running containers with Stop/Restart, stopped ones with Start', () => {
    const web = container('web', 'running');
    const db = container('db', 'running');
    const job = container('job', 'exited');
    const model = trayMenuModel(connected, [web, job, db]);
    expect(labels(model.items)).toEqual([
      'Engine: connected (Docker 20.10.24)',
      '---',
      'Running (2)',
      'db',
      'web',
      'Stopped (1)',
      'Run image…',
      '---',
      'Open Berth',
      'Quit Berth',
    ]);
    expect(find(model.items, 'Engine: connected (Docker 20.10.24)').type).toBe('label');
    expect(find(model.items, 'Running (2)').type).toBe('label');
    expect(children(find(model.items, 'web'))).toEqual([
      {
        type: 'action',
        label: 'Stop',
        command: { kind: 'container', action: 'stop', id: web.id, name: 'web' },
      },
      {
        type: 'action',
        label: 'Restart',
        command: { kind: 'container', action: 'restart', id: web.id, name: 'web' },
      },
    ]);
    const stopped = children(find(model.items, 'Stopped (1)'));
    expect(children(find(stopped, 'job'))).toEqual([
      {
        type: 'action',
        label: 'Start',
        command: { kind: 'container', action: 'start', id: job.id, name: 'job' },
      },
    ]);
    expect(model.tooltip).toBe('Berth: Docker 20.10.24, 2 running');
  });

  it('offers Resume for a paused container and only Stop for a restarting one; hides ones being removed', () => {
    const model = trayMenuModel(connected, [
      container('paused-one', 'paused'),
      container('looping', 'restarting'),
      container('going', 'removing'),
      container('fresh', 'created'),
      container('broken', 'dead'),
    ]);
    expect(
      children(find(model.items, 'paused-one (paused)')).map((i) => (i.type === 'action' ? i.command : null)),
    ).toEqual([expect.objectContaining({ action: 'unpause' }), expect.objectContaining({ action: 'stop' })]);
    expect(labels(children(find(model.items, 'looping (restarting)')))).toEqual(['Stop']);
    expect(labels(model.items)).not.toContain('going');
    expect(labels(children(find(model.items, 'Stopped (2)')))).toEqual(['broken', 'fresh']);
  });

  it('caps each section and says how many more there are', () => {
    const many = Array.from({ length: 40 }, (_, i) => container(`svc-${i}`, 'running'));
    const stopped = Array.from({ length: 20 }, (_, i) => container(`old-${i}`, 'exited'));
    const model = trayMenuModel(connected, [...many, ...stopped]);
    const runningNames = labels(model.items).filter((l) => l.startsWith('svc-'));
    expect(runningNames).toHaveLength(15);
    // Natural order: svc-2 before svc-10.
    expect(runningNames.slice(0, 3)).toEqual(['svc-0', 'svc-1', 'svc-2']);
    expect(labels(model.items)).toContain('…and 25 more');
    const stoppedItems = children(find(model.items, 'Stopped (20)'));
    expect(stoppedItems).toHaveLength(16);
    expect(stoppedItems.at(-1)).toEqual({ type: 'label', label: '…and 5 more' });
  });

  it('offers Run image… while connected, which opens Discover', () => {
    expect(find(trayMenuModel(connected, []).items, 'Run image…')).toEqual({
      type: 'action',
      label: 'Run image…',
      command: { kind: 'discover' },
    });
    expect(labels(trayMenuModel(unreachable, []).items)).not.toContain('Run image…');
  });

  it('says so when nothing runs, and leaves out an empty stopped section', () => {
    expect(labels(trayMenuModel(connected, []).items)).toEqual([
      'Engine: connected (Docker 20.10.24)',
      '---',
      'No running containers',
      'Run image…',
      '---',
      'Open Berth',
      'Quit Berth',
    ]);
  });

  it('when the engine is unreachable: the reason, Reconnect now, and no stale containers', () => {
    const model = trayMenuModel(unreachable, [container('web', 'running')]);
    expect(labels(model.items)).toEqual([
      'Engine: unreachable',
      'connect ENOENT /var/run/docker.sock',
      'Reconnect now',
      '---',
      'Open Berth',
      'Quit Berth',
    ]);
    expect(find(model.items, 'Reconnect now')).toEqual({
      type: 'action',
      label: 'Reconnect now',
      command: { kind: 'retry' },
    });
    expect(model.tooltip).toBe('Berth: engine unreachable (connect ENOENT /var/run/docker.sock)');
  });

  it('while connecting: just the status and the app items', () => {
    expect(labels(trayMenuModel(connecting, [container('web', 'running')]).items)).toEqual([
      'Engine: connecting…',
      '---',
      'Open Berth',
      'Quit Berth',
    ]);
  });

  it('shortens very long names and reasons', () => {
    const long = 'x'.repeat(100);
    const model = trayMenuModel({ ...unreachable, reason: long }, []);
    const reason = labels(model.items)[1] ?? '';
    expect(reason.length).toBeLessThanOrEqual(80);
    expect(reason.endsWith('…')).toBe(true);
    const named = trayMenuModel(connected, [container('n'.repeat(100), 'running')]);
    expect(labels(named.items)[3]?.length).toBe(40);
  });

  it('shows hidden bidi and zero-width characters in names as visible markers', () => {
    const model = trayMenuModel(connected, [
      container('evil\u202etxt.exe', 'running'),
      container('ad\u200bmin', 'exited'),
    ]);
    expect(labels(model.items)).toContain('evil⟨U+202E⟩txt.exe');
    expect(labels(children(find(model.items, 'Stopped (1)')))).toEqual(['ad⟨U+200B⟩min']);
    const every = (items: readonly TrayMenuItem[]): string[] =>
      items.flatMap((i) => (i.type === 'submenu' ? [i.label, ...every(i.items)] : labels([i])));
    expect(every(model.items).join('|')).not.toMatch(/[\u202e\u200b]/);
  });
});

describe('toMenuTemplate', () => {
  it('maps labels to disabled items, actions to clicks that run their command, submenus recursively', () => {
    const ran: TrayCommand[] = [];
    const web = container('web', 'running');
    const template = toMenuTemplate(trayMenuModel(connected, [web]).items, (c) => ran.push(c), 'linux');
    expect(template[0]).toEqual({ label: 'Engine: connected (Docker 20.10.24)', enabled: false });
    expect(template[1]).toEqual({ type: 'separator' });
    const webItem = template.find((i) => i.label === 'web');
    const stop = (webItem?.submenu as MenuItemConstructorOptions[] | undefined)?.[0];
    expect(stop?.label).toBe('Stop');
    stop?.click?.({} as never, undefined, {});
    template.find((i) => i.label === 'Open Berth')?.click?.({} as never, undefined, {});
    expect(ran).toEqual([{ kind: 'container', action: 'stop', id: web.id, name: 'web' }, { kind: 'open' }]);
  });

  it('escapes & outside macOS so it is not read as a mnemonic', () => {
    const items: TrayMenuItem[] = [{ type: 'label', label: 'A & B' }];
    expect(toMenuTemplate(items, () => undefined, 'win32')[0]?.label).toBe('A && B');
    expect(toMenuTemplate(items, () => undefined, 'darwin')[0]?.label).toBe('A & B');
  });
});

describe('actionFailure', () => {
  const stop = { kind: 'container', action: 'stop', id: 'abc', name: 'web' } as const;

  it('makes hidden characters in the name visible in the notification', () => {
    const error = { code: 'NOT_FOUND', message: 'No such container: a\u202eb' } as const;
    expect(actionFailure({ ...stop, name: 'a\u202eb' }, { ok: false, error })).toBe(
      'Could not stop a⟨U+202E⟩b: No such container: a⟨U+202E⟩b',
    );
  });

  it('is null when every outcome is ok', () => {
    expect(actionFailure(stop, { ok: true, value: [{ ref: 'abc', ok: true }] })).toBeNull();
  });

  it('reports the router’s error', () => {
    expect(
      actionFailure(stop, {
        ok: false,
        error: { code: 'ENGINE_UNREACHABLE', message: 'The engine is not reachable.' },
      }),
    ).toBe('Could not stop web: The engine is not reachable.');
  });

  it('reports a failed per-container outcome', () => {
    expect(
      actionFailure(
        { ...stop, action: 'unpause' },
        {
          ok: true,
          value: [
            { ref: 'abc', ok: false, error: { code: 'CONFLICT', message: 'Container is not paused.' } },
          ],
        },
      ),
    ).toBe('Could not resume web: Container is not paused.');
  });
});

describe('tray entries of several engines', () => {
  const commandsOf = (items: readonly TrayMenuItem[]): TrayCommand[] =>
    items.flatMap((i) =>
      i.type === 'action' ? [i.command] : i.type === 'submenu' ? commandsOf(i.items) : [],
    );

  it('name the engine of every entry once two engines have containers, and act on that engine', () => {
    const here = container('web', 'running');
    const there = container('web', 'running');
    const listed = trayContainers([
      { engine: 'default', label: 'default', containers: [here] },
      { engine: 'ctx:box', label: 'box', containers: [there] },
    ]);
    const model = trayMenuModel(connected, listed);
    expect(labels(model.items)).toContain('web — default');
    expect(labels(model.items)).toContain('web — box');
    const stops = commandsOf(model.items).filter(
      (c): c is Extract<TrayCommand, { kind: 'container' }> => c.kind === 'container' && c.action === 'stop',
    );
    expect(stops.map((c) => [c.id, c.engine, c.name])).toEqual([
      [there.id, 'ctx:box', 'web on box'],
      [here.id, 'default', 'web on default'],
    ]);
  });

  it('stay plain when only one engine has containers (nothing to tell apart)', () => {
    const web = container('web', 'exited');
    const listed = trayContainers([
      { engine: 'default', label: 'default', containers: [web] },
      { engine: 'ctx:box', label: 'box', containers: [] },
    ]);
    const stopped = find(trayMenuModel(connected, listed).items, 'Stopped (1)');
    expect(labels(children(stopped))).toEqual(['web']);
    const [start] = commandsOf(children(stopped));
    expect(start).toEqual({ kind: 'container', action: 'start', id: web.id, name: 'web' });
  });

  it('keep a long engine label from pushing the container name out', () => {
    const listed = trayContainers([
      { engine: 'default', label: 'default', containers: [container('api', 'running')] },
      {
        engine: 'podman:x',
        label: `Podman (${'/very/long/path'.repeat(5)})`,
        containers: [container('db', 'running')],
      },
    ]);
    const entry = labels(trayMenuModel(connected, listed).items).find((l) => l.startsWith('db — '));
    expect(entry?.length).toBeLessThanOrEqual('db — '.length + 30);
    expect(entry?.endsWith('…')).toBe(true);
  });
});
