import { describe, expect, it } from 'vitest';
import type { Alert } from '../../shared/alerts/alert-types.js';
import type { ContainerSummary } from '../../shared/contract/containers.js';
import type { EngineStatus } from '../../shared/contract/engine.js';
import { revealInvisible } from '../../shared/text/invisible-chars.js';
import {
  containerShortcuts,
  notificationContent,
  portUrl,
  recentAlertShortcuts,
  trayIconName,
  trayState,
  withAlerts,
} from './tray-alerts.js';
import { trayMenuModel } from './tray-menu.js';

const endpoint = { url: 'unix:///var/run/docker.sock', source: 'default' } as const;
const connected: EngineStatus = {
  state: 'connected',
  endpoint,
  version: { engine: '20.10.24', api: '1.41', os: 'linux', arch: 'amd64' },
};
const down: EngineStatus = {
  state: 'unreachable',
  endpoint,
  code: 'ENGINE_UNREACHABLE',
  reason: 'no socket',
  nextAttemptAt: null,
  attempt: 1,
};

const container = (over: Partial<ContainerSummary> = {}): ContainerSummary => ({
  id: 'abc',
  name: 'web',
  image: 'nginx',
  command: '',
  state: 'running',
  status: 'Up 1 minute',
  created: 0,
  ports: [],
  labels: {},
  project: null,
  service: null,
  ...over,
});

describe('tray state', () => {
  it('engine down beats unhealthy beats all well', () => {
    const sick = container({ health: 'unhealthy' });
    expect(trayState(down, [sick])).toBe('engine-down');
    expect(trayState(connected, [container(), sick])).toBe('problem');
    expect(trayState(connected, [container({ state: 'restarting' })])).toBe('problem');
    expect(trayState(connected, [container({ health: 'healthy' })])).toBe('ok');
    expect(trayIconName('ok')).toBe('tray-icon');
    expect(trayIconName('problem')).toBe('tray-problem');
  });
});

describe('container shortcuts', () => {
  it('offers open and copy per published TCP port, logs, and a terminal while running', () => {
    const c = container({
      ports: [
        { ip: '0.0.0.0', hostPort: 8080, containerPort: 80, protocol: 'tcp' },
        { ip: '::', hostPort: 8080, containerPort: 80, protocol: 'tcp' },
        { ip: '127.0.0.1', hostPort: 5353, containerPort: 53, protocol: 'udp' },
      ],
    });
    expect(containerShortcuts(c).map((s) => s.command)).toEqual([
      { kind: 'open-url', url: 'http://127.0.0.1:8080/' },
      { kind: 'copy-url', url: 'http://127.0.0.1:8080/' },
      { kind: 'open-url', url: 'http://[::1]:8080/' },
      { kind: 'copy-url', url: 'http://[::1]:8080/' },
      { kind: 'open-logs', id: 'abc' },
      { kind: 'open-terminal', id: 'abc' },
    ]);
    expect(containerShortcuts(container({ state: 'exited' })).map((s) => s.command.kind)).toEqual([
      'open-logs',
    ]);
  });

  it('builds URLs only for TCP, https for 443', () => {
    expect(portUrl({ ip: '127.0.0.1', hostPort: 8443, containerPort: 443, protocol: 'tcp' })).toBe(
      'https://127.0.0.1:8443/',
    );
    expect(portUrl({ ip: '127.0.0.1', hostPort: 53, containerPort: 53, protocol: 'udp' })).toBeNull();
  });
});

describe('recent alerts', () => {
  const single: Alert = {
    id: 'a',
    at: 1000,
    updatedAt: 1000,
    project: null,
    total: 1,
    items: [{ id: 'c1', name: 'web\u202e', project: null, kind: 'exit', exitCode: 3, at: 1000 }],
  };
  const burst: Alert = {
    id: 'b',
    at: 2000,
    updatedAt: 2500,
    project: 'shop',
    total: 50,
    items: [{ id: 'c2', name: 'shop-db-1', project: 'shop', kind: 'exit', exitCode: 1, at: 2000 }],
  };

  it('lists the last few, each opening its logs at that moment, with hidden characters shown', () => {
    const items = recentAlertShortcuts([burst, single], 5);
    expect(items.map((i) => i.label)).toEqual([
      'shop: 50 containers',
      `${revealInvisible('web\u202e')} exited (3)`,
    ]);
    expect(items[1]?.label).not.toContain('\u202e');
    expect(items[1]?.command).toEqual({ kind: 'open-logs', id: 'c1', at: 1000 });
    expect(recentAlertShortcuts([burst, single], 1)).toHaveLength(1);
  });

  it('words a notification for one container and for a grouped burst', () => {
    const loopItem = { id: 'c3', name: 'x', project: null, kind: 'exit' as const, exitCode: 1, at: 0 };
    expect(notificationContent(burst).title).toBe('Project shop: 50 containers have a problem');
    expect(
      notificationContent({ ...single, items: [{ ...loopItem, name: 'api', kind: 'restart-loop' }] }).title,
    ).toBe('api restarting in a loop');
  });
});

describe('the tray menu with alerts', () => {
  const crash: Alert = {
    id: 'a',
    at: 1000,
    updatedAt: 1000,
    project: null,
    total: 1,
    items: [{ id: 'c1', name: 'api', project: null, kind: 'exit', exitCode: 3, at: 1000 }],
  };

  it('lists the recent alerts above Open and Quit, and says a container has a problem', () => {
    const model = withAlerts(trayMenuModel(connected, [container()]), 'problem', [crash]);
    const labels = model.items.map((item) => ('label' in item ? item.label : '—'));
    expect(labels.slice(-4)).toEqual(['Recent alerts', '—', 'Open Berth', 'Quit Berth']);
    expect(model.tooltip).toMatch(/a container has a problem$/);
  });

  it('leaves the menu as it was without alerts, and the tooltip when all is well', () => {
    const plain = trayMenuModel(connected, [container()]);
    expect(withAlerts(plain, 'ok', [])).toEqual(plain);
  });
});
