import type { Alert } from '../../shared/alerts/alert-types.js';
import type { ContainerSummary, PublishedPort } from '../../shared/contract/containers.js';
import type { EngineStatus } from '../../shared/contract/engine.js';
import { revealInvisible } from '../../shared/text/invisible-chars.js';
import type { TrayMenuItem, TrayModel } from './tray-menu.js';

/*
 * The alerts half of the tray, as data (issue 16): which icon, each running container's shortcuts,
 * the last few alerts. Pure and tested; the Electron file that draws it only maps these to menu items.
 */

/** engine-down wins over unhealthy, which wins over all-well. */
export type TrayState = 'engine-down' | 'problem' | 'ok';

export const trayState = (status: EngineStatus, containers: readonly ContainerSummary[]): TrayState => {
  if (status.state === 'unreachable' || status.state === 'not-responding') return 'engine-down';
  const problem = containers.some(
    (c) =>
      c.health === 'unhealthy' || c.state === 'restarting' || (c.oomKilled === true && c.state !== 'running'),
  );
  return problem ? 'problem' : 'ok';
};

/** The icon file for a state (assets/tray-<state>.png); 'ok' keeps the usual icon. */
export const trayIconName = (state: TrayState): string => (state === 'ok' ? 'tray-icon' : `tray-${state}`);

export type ShortcutCommand =
  | { readonly kind: 'open-url'; readonly url: string }
  | { readonly kind: 'copy-url'; readonly url: string }
  | { readonly kind: 'open-logs'; readonly id: string; readonly at?: number }
  | { readonly kind: 'open-terminal'; readonly id: string };

export interface Shortcut {
  readonly label: string;
  readonly command: ShortcutCommand;
}

/**
 * A published TCP port as a browser URL. A wildcard bind is reached on loopback; IPv6 gets brackets.
 * UDP/SCTP ports have no URL.
 */
export const portUrl = (port: PublishedPort): string | null => {
  if (port.protocol !== 'tcp') return null;
  const host =
    port.ip === '' || port.ip === '0.0.0.0'
      ? '127.0.0.1'
      : port.ip === '::'
        ? '[::1]'
        : port.ip.includes(':')
          ? `[${port.ip}]`
          : port.ip;
  const scheme = port.containerPort === 443 || port.containerPort === 8443 ? 'https' : 'http';
  return `${scheme}://${host}:${port.hostPort}/`;
};

/** One container's submenu: its ports (open, copy), its logs and a terminal (terminal only while running). */
export const containerShortcuts = (container: ContainerSummary): Shortcut[] => {
  const shortcuts: Shortcut[] = [];
  const urls = [...new Set(container.ports.map(portUrl).filter((url): url is string => url !== null))];
  for (const url of urls) {
    shortcuts.push({ label: `Open ${url}`, command: { kind: 'open-url', url } });
    shortcuts.push({ label: `Copy ${url}`, command: { kind: 'copy-url', url } });
  }
  shortcuts.push({ label: 'Open logs', command: { kind: 'open-logs', id: container.id } });
  if (container.state === 'running')
    shortcuts.push({ label: 'Open a terminal', command: { kind: 'open-terminal', id: container.id } });
  return shortcuts;
};

const MAX_LABEL = 60;
const clip = (text: string): string => (text.length <= MAX_LABEL ? text : `${text.slice(0, MAX_LABEL - 1)}…`);

const KIND_TEXT = {
  exit: (code: number | null) => `exited (${code ?? '?'})`,
  oom: () => 'out of memory',
  unhealthy: () => 'unhealthy',
  'restart-loop': () => 'restarting in a loop',
} as const;

/** The last few alerts, newest first, each opening the logs of its first container at that moment. */
export const recentAlertShortcuts = (alerts: readonly Alert[], max = 5): Shortcut[] =>
  alerts.slice(0, max).flatMap((alert) => {
    const first = alert.items[0];
    if (!first) return [];
    const what =
      alert.total > 1
        ? `${alert.project ?? 'several'}: ${alert.total} containers`
        : `${revealInvisible(first.name)} ${KIND_TEXT[first.kind](first.exitCode)}`;
    return [{ label: clip(what), command: { kind: 'open-logs', id: first.id, at: first.at } }];
  });

/** What a desktop notification shows for an alert; the Electron notifier only draws it. */
export const notificationContent = (alert: Alert): { readonly title: string; readonly body: string } => {
  const first = alert.items[0];
  const title =
    alert.total === 1 && first
      ? `${revealInvisible(first.name)} ${KIND_TEXT[first.kind](first.exitCode)}`
      : `${alert.project ? `Project ${alert.project}: ` : ''}${alert.total} containers have a problem`;
  const body = alert.items
    .slice(0, 5)
    .map((item) => `${revealInvisible(item.name)} ${KIND_TEXT[item.kind](item.exitCode)}`)
    .join('\n');
  return { title: clip(title), body };
};

/** Implemented by the Electron shell (desktop-notifier.ts); web mode uses the browser's Notification API. */
export interface AlertNotifier {
  show(alert: Alert, onClick: () => void): void;
}

const STATE_NOTE: Readonly<Record<TrayState, string>> = {
  'engine-down': '',
  problem: ' · a container has a problem',
  ok: '',
};

/**
 * The tray menu with the last few alerts (each opens the window) above Open and Quit, and the
 * tooltip saying when a container has a problem (the icon may have no variant for it).
 */
export const withAlerts = (model: TrayModel, state: TrayState, alerts: readonly Alert[]): TrayModel => {
  const recent = recentAlertShortcuts(alerts);
  const tooltip = `${model.tooltip}${STATE_NOTE[state]}`;
  if (recent.length === 0) return { ...model, tooltip };
  const submenu: TrayMenuItem = {
    type: 'submenu',
    label: 'Recent alerts',
    items: recent.map((shortcut) => ({ type: 'action', label: shortcut.label, command: { kind: 'open' } })),
  };
  const end = model.items.map((item) => item.type).lastIndexOf('separator');
  const at = end === -1 ? model.items.length : end;
  return { tooltip, items: [...model.items.slice(0, at), submenu, ...model.items.slice(at)] };
};
