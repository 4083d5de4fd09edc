import type { MenuItemConstructorOptions } from 'electron';
import type { ActionOutcome, ContainerAction, ContainerSummary } from '../../shared/contract/containers.js';
import type { EngineStatus } from '../../shared/contract/engine.js';
import type { Result } from '../../shared/contract/errors.js';
import { revealInvisible } from '../../shared/text/invisible-chars.js';

/*
 * The tray menu as data: what the user sees, computed from the engine status and the container
 * list. tray.ts turns it into an Electron menu; everything here is pure and tested.
 */

export type TrayCommand =
  | { readonly kind: 'open' }
  /** Opens the window on Discover: search or browse a registry and run an image in one click. */
  | { readonly kind: 'discover' }
  | { readonly kind: 'quit' }
  | { readonly kind: 'retry' }
  | {
      readonly kind: 'container';
      readonly action: ContainerAction;
      readonly id: string;
      /** As the menu shows it: with its engine when the menu lists several engines' containers. */
      readonly name: string;
      /** The engine holding it, when the menu lists several; absent: the CLI's engine, as before. */
      readonly engine?: string;
    };

export type TrayMenuItem =
  /** Text only (shown disabled). */
  | { readonly type: 'label'; readonly label: string }
  | { readonly type: 'separator' }
  | { readonly type: 'action'; readonly label: string; readonly command: TrayCommand }
  | { readonly type: 'submenu'; readonly label: string; readonly items: readonly TrayMenuItem[] };

export interface TrayModel {
  readonly tooltip: string;
  readonly items: readonly TrayMenuItem[];
}

export interface TrayModelOptions {
  /** Most containers listed per section; the rest are counted. */
  readonly maxPerSection?: number;
}

export const MAX_PER_SECTION = 15;
const MAX_NAME_LENGTH = 40;
const MAX_REASON_LENGTH = 80;

const truncate = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;

/** A container in the menu; `engine` is set only when the menu lists several engines' containers. */
export type TrayContainer = ContainerSummary & {
  readonly engine?: { readonly id: string; readonly label: string };
};

/** One engine's containers, as the engine set reports them. */
export interface EngineContainers {
  readonly engine: string;
  readonly label: string;
  readonly containers: readonly ContainerSummary[];
}

const MAX_ENGINE_LENGTH = 30;

/**
 * The containers the menu lists. A name is unique only within one engine, so once more than one
 * engine has containers every entry names its engine ("web — podman"), and its actions go there.
 * With one engine (or none), the entries are plain, exactly as before there were several.
 */
export const trayContainers = (engines: readonly EngineContainers[]): TrayContainer[] => {
  const holding = engines.filter((e) => e.containers.length > 0);
  if (holding.length <= 1) return holding.flatMap((e) => [...e.containers]);
  return holding.flatMap((e) =>
    e.containers.map((c) => ({ ...c, engine: { id: e.engine, label: e.label } })),
  );
};

/** A container's name as a menu shows it: hidden bidi and zero-width characters made visible (a menu cannot isolate). */
const menuName = (c: TrayContainer): string => {
  const name = truncate(revealInvisible(c.name), MAX_NAME_LENGTH);
  return c.engine ? `${name} — ${truncate(revealInvisible(c.engine.label), MAX_ENGINE_LENGTH)}` : name;
};

export const statusLine = (status: EngineStatus): string => {
  switch (status.state) {
    case 'connected':
      return `Engine: connected (Docker ${status.version.engine})`;
    case 'not-responding':
      return 'Engine: not responding';
    case 'connecting':
      return 'Engine: connecting…';
    case 'unreachable':
      return 'Engine: unreachable';
  }
};

const tooltipOf = (status: EngineStatus, running: number): string => {
  switch (status.state) {
    case 'connected':
      return `Berth: Docker ${status.version.engine}, ${running} running`;
    case 'not-responding':
      return 'Berth: the engine is not responding';
    case 'connecting':
      return 'Berth: connecting to the engine…';
    case 'unreachable':
      return truncate(`Berth: engine unreachable (${status.reason})`, MAX_REASON_LENGTH + 30);
  }
};

/** Running-ish states are listed with what stops them; the others with Start. Removing is hidden. */
const isUp = (c: ContainerSummary): boolean =>
  c.state === 'running' || c.state === 'paused' || c.state === 'restarting';
const isDown = (c: ContainerSummary): boolean =>
  c.state === 'created' || c.state === 'exited' || c.state === 'dead';

const byName = (a: TrayContainer, b: TrayContainer): number =>
  a.name.localeCompare(b.name, undefined, { numeric: true, sensitivity: 'base' }) ||
  (a.engine?.label ?? '').localeCompare(b.engine?.label ?? '');

const act = (c: TrayContainer, action: ContainerAction, label: string): TrayMenuItem => ({
  type: 'action',
  label,
  command: c.engine
    ? { kind: 'container', action, id: c.id, name: `${c.name} on ${c.engine.label}`, engine: c.engine.id }
    : { kind: 'container', action, id: c.id, name: c.name },
});

const upItem = (c: TrayContainer): TrayMenuItem => {
  const name = menuName(c);
  switch (c.state) {
    case 'paused':
      return {
        type: 'submenu',
        label: `${name} (paused)`,
        items: [act(c, 'unpause', 'Resume'), act(c, 'stop', 'Stop')],
      };
    case 'restarting':
      return { type: 'submenu', label: `${name} (restarting)`, items: [act(c, 'stop', 'Stop')] };
    default:
      return { type: 'submenu', label: name, items: [act(c, 'stop', 'Stop'), act(c, 'restart', 'Restart')] };
  }
};

const downItem = (c: TrayContainer): TrayMenuItem => ({
  type: 'submenu',
  label: menuName(c),
  items: [act(c, 'start', 'Start')],
});

const capped = (items: TrayMenuItem[], total: number): TrayMenuItem[] =>
  total > items.length ? [...items, { type: 'label', label: `…and ${total - items.length} more` }] : items;

/**
 * Engine status first; then, while connected, the running containers (each with Stop and
 * Restart) right in the menu and the stopped ones (with Start) in a submenu, so the common
 * case needs one hover; then Open Berth and Quit.
 */
export const trayMenuModel = (
  status: EngineStatus,
  containers: readonly TrayContainer[],
  options: TrayModelOptions = {},
): TrayModel => {
  const max = Math.max(1, options.maxPerSection ?? MAX_PER_SECTION);
  const up = containers.filter(isUp).sort(byName);
  const down = containers.filter(isDown).sort(byName);
  const items: TrayMenuItem[] = [{ type: 'label', label: statusLine(status) }];

  if (status.state === 'unreachable') {
    items.push({ type: 'label', label: truncate(status.reason, MAX_REASON_LENGTH) });
    items.push({ type: 'action', label: 'Reconnect now', command: { kind: 'retry' } });
  }

  if (status.state === 'connected') {
    items.push({ type: 'separator' });
    if (up.length === 0) {
      items.push({ type: 'label', label: 'No running containers' });
    } else {
      items.push({ type: 'label', label: `Running (${up.length})` });
      items.push(...capped(up.slice(0, max).map(upItem), up.length));
    }
    if (down.length > 0) {
      items.push({
        type: 'submenu',
        label: `Stopped (${down.length})`,
        items: capped(down.slice(0, max).map(downItem), down.length),
      });
    }
    items.push({ type: 'action', label: 'Run image…', command: { kind: 'discover' } });
  }

  items.push({ type: 'separator' });
  items.push({ type: 'action', label: 'Open Berth', command: { kind: 'open' } });
  items.push({ type: 'action', label: 'Quit Berth', command: { kind: 'quit' } });
  return { tooltip: tooltipOf(status, up.length), items };
};

/** On Windows and Linux `&` marks a mnemonic in menu labels; a literal one is written `&&`. */
const escapeLabel = (label: string, platform: NodeJS.Platform): string =>
  platform === 'darwin' ? label : label.replaceAll('&', '&&');

/** The model as an Electron menu template; clicks run `onCommand`. */
export const toMenuTemplate = (
  items: readonly TrayMenuItem[],
  onCommand: (command: TrayCommand) => void,
  platform: NodeJS.Platform,
): MenuItemConstructorOptions[] =>
  items.map((item): MenuItemConstructorOptions => {
    switch (item.type) {
      case 'separator':
        return { type: 'separator' };
      case 'label':
        return { label: escapeLabel(item.label, platform), enabled: false };
      case 'action':
        return {
          label: escapeLabel(item.label, platform),
          click: () => {
            onCommand(item.command);
          },
        };
      case 'submenu':
        return {
          label: escapeLabel(item.label, platform),
          submenu: toMenuTemplate(item.items, onCommand, platform),
        };
    }
  });

const isOutcome = (v: unknown): v is ActionOutcome =>
  typeof v === 'object' && v !== null && typeof (v as { ok?: unknown }).ok === 'boolean';

const VERBS: Readonly<Record<ContainerAction, string>> = {
  start: 'start',
  stop: 'stop',
  restart: 'restart',
  pause: 'pause',
  unpause: 'resume',
  kill: 'kill',
};

/**
 * What to tell the user after a tray action, or null when it worked. The router answers with
 * an error envelope or with one outcome per container; either can carry the failure.
 */
export const actionFailure = (
  command: Extract<TrayCommand, { kind: 'container' }>,
  result: Result<unknown>,
): string | null => {
  // The engine's message may quote the name too: the whole text is shown with hidden characters visible.
  const what = `Could not ${VERBS[command.action]} ${command.name}`;
  if (!result.ok) return revealInvisible(`${what}: ${result.error.message}`);
  const outcomes = Array.isArray(result.value) ? result.value.filter(isOutcome) : [];
  const failed = outcomes.find((outcome) => !outcome.ok);
  if (failed) return revealInvisible(`${what}: ${failed.error?.message ?? 'the engine refused.'}`);
  return null;
};
