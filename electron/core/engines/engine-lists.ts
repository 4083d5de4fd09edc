import type { EngineSlice, MergedList } from '../../../shared/contract/channels/engines.js';
import type { EngineStatus } from '../../../shared/contract/engine.js';
import type { ErrorText } from '../../../shared/contract/errors.js';
import { worded } from '../../../shared/contract/error-texts.js';
import { BerthError } from '../errors/berth-error.js';
import type { EngineScope, EngineSet } from './engine-set.js';

interface LastRead {
  readonly at: number;
  readonly data: unknown;
}

/** Why an engine that is not connected cannot be read now: its own status, in a sentence. */
export function notLiveReason(status: EngineStatus): string | null {
  switch (status.state) {
    case 'connected':
      return null;
    case 'connecting':
      return worded('engineConnectingNow').message;
    case 'not-responding':
    case 'unreachable':
      return status.reason;
  }
}

/** `notLiveReason`'s key, when the status has one. */
const notLiveText = (status: EngineStatus): ErrorText | undefined =>
  status.state === 'connecting'
    ? worded('engineConnectingNow').text
    : status.state === 'not-responding' || status.state === 'unreachable'
      ? status.reasonText
      : undefined;

/** A failed read's reason, in English and by key when Berth worded it. */
const why = (err: unknown): { reason: string; reasonText?: ErrorText } =>
  err instanceof BerthError && err.text
    ? { reason: err.message, reasonText: err.text }
    : { reason: err instanceof Error ? err.message : String(err) };

/**
 * The "All engines" lists: each engine in use read on its own, side by side, never merged into one list the backend
 * would have to keep consistent (the renderer merges by selector). An engine that is down is not asked: its slice is
 * its last good read, marked last-known with the time and the reason, so one engine going down never holds up or
 * empties the others. Last reads live with the scope, so a removed context forgets its rows.
 */
export class EngineLists {
  private readonly reads = new WeakMap<EngineScope, Map<string, LastRead>>();

  constructor(
    private readonly engines: EngineSet,
    private readonly now: () => number = Date.now,
  ) {}

  async read<T>(kind: string, read: (scope: EngineScope) => Promise<T> | T): Promise<MergedList<T>> {
    const slices = await Promise.all(this.engines.inUse().map((scope) => this.slice(scope, kind, read)));
    return { slices };
  }

  private async slice<T>(
    scope: EngineScope,
    kind: string,
    read: (scope: EngineScope) => Promise<T> | T,
  ): Promise<EngineSlice<T>> {
    let reads = this.reads.get(scope);
    if (!reads) this.reads.set(scope, (reads = new Map<string, LastRead>()));
    const status = scope.connection.status;
    let reason = notLiveReason(status);
    let reasonText = notLiveText(status);
    if (reason === null) {
      try {
        const data = await read(scope);
        const at = this.now();
        reads.set(kind, { at, data });
        return { engine: scope.id, label: scope.label, state: 'live', at, reason: null, data };
      } catch (err) {
        ({ reason, reasonText } = why(err));
      }
    }
    const last = reads.get(kind);
    return last
      ? {
          engine: scope.id,
          label: scope.label,
          state: 'last-known',
          at: last.at,
          reason,
          ...(reasonText ? { reasonText } : {}),
          // What this same `kind` stored: the read function of one kind always returns the same type.
          data: last.data as T,
        }
      : {
          engine: scope.id,
          label: scope.label,
          state: 'unavailable',
          at: null,
          reason,
          ...(reasonText ? { reasonText } : {}),
          data: null,
        };
  }
}
