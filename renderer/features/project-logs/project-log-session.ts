import type { Client, StreamHandle } from '../../ipc/client.js';
import type { TerminalKit } from '../../ui/xterm/create-terminal.js';
import { createLogWriter } from '../logs/index.js';
import { createAckLedger } from './ack-ledger.js';
import { createLinePrefixer } from './line-prefixer.js';
import { createColourAssigner, linePrefix } from './service-colours.js';
import { translate } from '../../i18n/index.js';
import { messages } from './messages.js';

/** A container of the project, and the name its lines are prefixed with. */
export interface ProjectMember {
  readonly id: string;
  readonly label: string;
}

export interface ProjectLogSession {
  /** Subscribes containers that joined the project, unsubscribes those that left. */
  sync(members: readonly ProjectMember[]): void;
  dispose(): void;
}

export interface ProjectLogHooks {
  /** The link to Berth dropped: the caller starts a new session once it is back. */
  readonly onLost: () => void;
  readonly onDrop: (lines: number) => void;
}

export const PROJECT_LOGS_TAIL = 200;

/**
 * One terminal fed by one `containers.logs` subscription per container. Output goes through
 * one write batcher; each subscription's bytes are acknowledged after the write that drew them.
 */
export const createProjectLogSession = (
  client: Client,
  kit: TerminalKit,
  hooks: ProjectLogHooks,
): ProjectLogSession => {
  const ledger = createAckLedger<string>();
  const handles = new Map<string, StreamHandle<'containers.logs'>>();
  const labels = new Map<string, string>();
  const prefixer = createLinePrefixer();
  const colourOf = createColourAssigner();
  let width = 0;
  let disposed = false;

  const writer = createLogWriter(
    kit,
    (bytes) => {
      for (const [id, n] of ledger.release(bytes)) handles.get(id)?.ack(n);
    },
    hooks.onDrop,
  );

  const prefixOf = (id: string): string => {
    const label = labels.get(id) ?? id.slice(0, 12);
    return linePrefix(label, width, colourOf(label));
  };

  const push = (id: string, text: string, bytes: number): void => {
    // Recorded first: an empty push may be acknowledged at once.
    ledger.record(id, bytes);
    writer.push(text, bytes);
  };

  const note = (id: string, text: string): void => {
    push(id, prefixer.format(id, prefixOf(id), { stream: 'system', text }), 0);
  };

  const join = (member: ProjectMember): void => {
    const { id } = member;
    const handle = client.subscribe(
      'containers.logs',
      { ref: id, tail: PROJECT_LOGS_TAIL, timestamps: false, follow: true },
      {
        manualAck: true,
        onChunk: (chunks, bytes) => {
          const prefix = prefixOf(id);
          let text = '';
          for (const chunk of chunks) text += prefixer.format(id, prefix, chunk);
          push(id, text, bytes);
        },
        onEnd: (error) => {
          if (disposed) return;
          if (error?.code === 'BACKEND_LOST') hooks.onLost();
          else {
            push(id, prefixer.flush(id, prefixOf(id)), 0);
            note(
              id,
              error
                ? translate(messages, 'streamError', { message: error.message })
                : translate(messages, 'streamEnded'),
            );
          }
        },
      },
    );
    handles.set(id, handle);
  };

  const leave = (id: string): void => {
    handles.get(id)?.unsubscribe();
    handles.delete(id);
    push(id, prefixer.flush(id, prefixOf(id)), 0);
    labels.delete(id);
  };

  return {
    sync(members) {
      if (disposed) return;
      const current = new Set(members.map((m) => m.id));
      for (const id of [...handles.keys()]) if (!current.has(id)) leave(id);
      // Sorted, so the first colours go to the services in a stable order.
      const joining = members
        .filter((m) => !handles.has(m.id))
        .sort((a, b) => a.label.localeCompare(b.label) || a.id.localeCompare(b.id));
      for (const m of members) labels.set(m.id, m.label);
      width = Math.max(0, ...members.map((m) => m.label.length));
      for (const member of joining) {
        colourOf(member.label);
        join(member);
      }
    },
    dispose() {
      disposed = true;
      for (const handle of handles.values()) handle.unsubscribe();
      handles.clear();
      writer.dispose();
    },
  };
};
