import type { StreamRequest } from '../../../shared/contract/types.js';
import { translate } from '../../i18n/index.js';
import type { Client } from '../../ipc/client.js';
import { createLogFormatter, type StreamFilter } from './log-format.js';
import type { LogRecord } from './log-record.js';
import { messages } from './messages.js';

export type LogsRequest = StreamRequest<'containers.logs'>;

export interface LogStatus {
  readonly state: 'connecting' | 'streaming' | 'ended' | 'failed' | 'lost';
  readonly message?: string;
}

/** Where a log subscription's text and news go. */
export interface LogSubscriptionSink {
  /** Text for the terminal (formatted), and the bytes to acknowledge once it is drawn. */
  write(text: string, bytes: number): void;
  /** Lines the backend let go to catch up. */
  dropped(lines: number): void;
  /** A chunk arrived (called for every chunk: the receiver keeps it cheap). */
  streaming(): void;
  /** The stream ended: normally, with an error, or because the link to Berth was lost. */
  ended(status: LogStatus): void;
}

export interface LogSubscription {
  ack(bytes: number): void;
  unsubscribe(): void;
  /** The link to Berth dropped: a new subscription is due once it is back. */
  readonly lost: boolean;
}

/**
 * One `containers.logs` subscription: chunks are kept for "Save log", formatted (stderr red,
 * Berth's notes dim) and handed to the sink as one string per message; the end is said in the
 * log itself and in the status.
 */
export const subscribeLogs = (
  client: Client,
  request: LogsRequest,
  filter: StreamFilter,
  record: LogRecord,
  sink: LogSubscriptionSink,
): LogSubscription => {
  const format = createLogFormatter();
  let lost = false;
  const note = (text: string): void => {
    sink.write(format({ stream: 'system', text }, filter), 0);
  };
  const handle = client.subscribe('containers.logs', request, {
    manualAck: true,
    onChunk: (chunks, bytes) => {
      // One flat string per message: a flood of one-line chunks must not become a
      // thousand-piece rope (or a thousand queue entries) held until it is drawn.
      const texts: string[] = [];
      let dropped = 0;
      for (const chunk of chunks) {
        dropped += chunk.dropped ?? 0;
        record.push(chunk.text);
        texts.push(format(chunk, filter));
      }
      sink.write(texts.length === 1 ? (texts[0] ?? '') : texts.join(''), bytes);
      if (dropped > 0) sink.dropped(dropped);
      sink.streaming();
    },
    onEnd: (error) => {
      if (!error) {
        note(translate(messages, request.follow ? 'noteEnded' : 'noteEnd'));
        sink.ended({ state: 'ended' });
      } else if (error.code === 'BACKEND_LOST') {
        lost = true;
        note(translate(messages, 'noteLost'));
        sink.ended({
          state: 'lost',
          message: translate(messages, 'lost'),
        });
      } else {
        note(`— ${error.message} —`);
        sink.ended({ state: 'failed', message: error.message });
      }
    },
  });
  return {
    ack: (bytes) => {
      handle.ack(bytes);
    },
    unsubscribe: () => {
      handle.unsubscribe();
    },
    get lost() {
      return lost;
    },
  };
};
