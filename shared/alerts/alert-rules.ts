import type { AlertItem, AlertSubject } from './alert-types.js';

/** What the engine told us about one container, in event order. */
export type ContainerSignal =
  | { readonly kind: 'kill'; readonly signal: string }
  | { readonly kind: 'stop' }
  | { readonly kind: 'oom' }
  | {
      readonly kind: 'die';
      readonly exitCode: number | null;
      /** From inspect after the death (cgroup v2 engines may send no `oom` event). */
      readonly oomKilled: boolean;
      /** The restart policy will start it again (always, unless-stopped, on-failure with tries left). */
      readonly willRestart: boolean;
    }
  | { readonly kind: 'health'; readonly status: 'healthy' | 'unhealthy' | 'starting' }
  | { readonly kind: 'start' }
  | { readonly kind: 'destroy' };

export interface RuleOptions {
  /** N restarts within M minutes is a loop. */
  readonly loopRestarts: number;
  readonly loopMinutes: number;
}

/** Signals `docker stop`/`kill`/`rm -f` and Berth's own actions send: a death after one was asked for. */
const STOP_SIGNALS = new Set([
  'SIGTERM',
  'SIGKILL',
  'SIGINT',
  'SIGQUIT',
  'TERM',
  'KILL',
  'INT',
  'QUIT',
  '15',
  '9',
  '2',
  '3',
]);
/** `docker stop -t` waits this long at most in practice; a stale request must not hide a later crash. */
const STOP_REQUEST_TTL_MS = 5 * 60_000;
/** An `oom` event belongs to the `die` that follows it closely. */
const OOM_TTL_MS = 10_000;

interface ContainerMemory {
  stopRequestedAt?: number;
  oomAt?: number;
  /** Unrequested deaths the restart policy answered, within the loop window. */
  deaths: number[];
  loopRaised: boolean;
  unhealthy: boolean;
}

export const isStopSignal = (signal: string): boolean => STOP_SIGNALS.has(signal.toUpperCase());

/**
 * Decides, event by event, which deaths and health changes are problems. Pure: time comes in with
 * each signal, so the rules are tested without clocks. A death after a stop request (Berth's or the
 * CLI's: `kill` with a stop signal, or `stop`) is not a crash; a restarting container alerts once,
 * when its deaths reach N within M minutes, not on every restart.
 */
export class AlertRules {
  private readonly memory = new Map<string, ContainerMemory>();

  constructor(private readonly options: () => RuleOptions) {}

  apply(subject: AlertSubject, signal: ContainerSignal, at: number): AlertItem | null {
    if (signal.kind === 'destroy') {
      this.memory.delete(subject.id);
      return null;
    }
    const memory = this.remember(subject.id);
    const item = (kind: AlertItem['kind'], exitCode: number | null = null): AlertItem => ({
      ...subject,
      kind,
      exitCode,
      at,
    });
    switch (signal.kind) {
      case 'kill':
        if (isStopSignal(signal.signal)) memory.stopRequestedAt = at;
        return null;
      case 'stop':
        memory.stopRequestedAt = at;
        return null;
      case 'start':
        delete memory.stopRequestedAt;
        return null;
      case 'oom':
        memory.oomAt = at;
        return null;
      case 'health': {
        const was = memory.unhealthy;
        memory.unhealthy = signal.status === 'unhealthy';
        return memory.unhealthy && !was ? item('unhealthy') : null;
      }
      case 'die':
        return this.death(memory, signal, at, item);
    }
  }

  private death(
    memory: ContainerMemory,
    signal: Extract<ContainerSignal, { kind: 'die' }>,
    at: number,
    item: (kind: AlertItem['kind'], exitCode?: number | null) => AlertItem,
  ): AlertItem | null {
    const requested =
      memory.stopRequestedAt !== undefined && at - memory.stopRequestedAt <= STOP_REQUEST_TTL_MS;
    const oom = signal.oomKilled || (memory.oomAt !== undefined && at - memory.oomAt <= OOM_TTL_MS);
    delete memory.stopRequestedAt;
    delete memory.oomAt;
    memory.unhealthy = false;
    if (requested && !oom) return null;
    if (signal.willRestart && !requested) {
      const { loopRestarts, loopMinutes } = this.options();
      const since = at - loopMinutes * 60_000;
      memory.deaths = memory.deaths.filter((t) => t > since);
      if (memory.deaths.length === 0) memory.loopRaised = false;
      memory.deaths.push(at);
      if (memory.deaths.length >= loopRestarts && !memory.loopRaised) {
        memory.loopRaised = true;
        return item('restart-loop', signal.exitCode);
      }
      // A single restart is the policy doing its job; an OOM kill is still news unless the loop was told.
      return oom && !memory.loopRaised ? item('oom', signal.exitCode) : null;
    }
    if (oom) return item('oom', signal.exitCode);
    return signal.exitCode !== null && signal.exitCode !== 0 ? item('exit', signal.exitCode) : null;
  }

  private remember(id: string): ContainerMemory {
    let memory = this.memory.get(id);
    if (!memory) {
      memory = { deaths: [], loopRaised: false, unhealthy: false };
      this.memory.set(id, memory);
    }
    return memory;
  }
}
