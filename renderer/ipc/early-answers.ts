import type { ServerMessage } from '../../shared/protocol/messages.js';
import type { FirstCall } from '../../shared/protocol/first-calls.js';

type Answer = Extract<ServerMessage, { t: 'res' }>;

interface Entry {
  readonly id: number;
  answer?: Answer;
}

/** An early call a client call takes over: answered already, or still on its way under `id`. */
export type TakenCall = Entry;

export interface EarlyAnswers {
  /** The highest id the early calls use (0: none); the client numbers its own calls after it. */
  readonly lastId: number;
  /** Keeps the answer to an early call nobody has taken yet; false when `message` answers none. */
  keep(message: Answer): boolean;
  /**
   * A push arrived: an answer kept from before it may be stale now (the push's listener may not
   * even have been there to see it), so it is dropped and the taker asks afresh.
   */
  pushed(): void;
  /** The link dropped: nothing sent on it will be answered. */
  clear(): void;
  /** The early call for this channel, once, when the request is the one it sent (empty). */
  take(channel: string, request: unknown): TakenCall | undefined;
}

const isEmptyRequest = (request: unknown): boolean =>
  typeof request === 'object' &&
  request !== null &&
  !Array.isArray(request) &&
  Object.keys(request).length === 0;

/** The answers to the first calls the backend ran for the boot socket, held for the app's first call on each channel. */
export const earlyAnswers = (calls: readonly FirstCall[]): EarlyAnswers => {
  const byChannel = new Map<string, Entry>(calls.map(({ id, channel }) => [channel, { id }]));
  const byId = new Map<number, Entry>([...byChannel.values()].map((entry) => [entry.id, entry]));
  return {
    lastId: Math.max(0, ...calls.map((call) => call.id)),
    keep(message) {
      const entry = byId.get(message.id);
      if (!entry || entry.answer) return false;
      entry.answer = message;
      return true;
    },
    pushed() {
      for (const [channel, entry] of byChannel) {
        if (entry.answer) {
          byChannel.delete(channel);
          byId.delete(entry.id);
        }
      }
    },
    clear() {
      byChannel.clear();
      byId.clear();
    },
    take(channel, request) {
      const entry = byChannel.get(channel);
      if (!entry || !isEmptyRequest(request)) return undefined;
      byChannel.delete(channel);
      byId.delete(entry.id);
      return entry;
    },
  };
};
