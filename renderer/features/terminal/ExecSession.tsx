import { useEffect, useRef, useState } from 'react';
import { useClient } from '../../lib/client-context.js';
import { createTerminal } from '../../ui/xterm/create-terminal.js';
import { openLinkWithConfirmation } from '../../lib/confirm-link.js';
import { createWriteBatcher } from '../../lib/write-batcher.js';
import { splitInput } from './command-line.js';
import { translate, useT } from '../../i18n/index.js';
import { messages } from './messages.js';

export interface SessionSpec {
  readonly key: number;
  readonly label: string;
  readonly command?: string[];
  readonly user?: string;
}

type SessionState =
  | { readonly state: 'connecting' }
  | { readonly state: 'open' }
  | { readonly state: 'exited'; readonly code: number | null }
  | { readonly state: 'failed'; readonly message: string };

const stateText = (s: SessionState): string => {
  switch (s.state) {
    case 'connecting':
      return translate(messages, 'connecting');
    case 'open':
      return translate(messages, 'connected');
    case 'exited':
      return s.code === null
        ? translate(messages, 'exited')
        : translate(messages, 'exitedWith', { code: s.code });
    case 'failed':
      return s.message;
  }
};

const animationFrame = (run: () => void): (() => void) => {
  const handle = requestAnimationFrame(run);
  return () => {
    cancelAnimationFrame(handle);
  };
};

/**
 * One exec session: one xterm and one `containers.exec` stream for the effect's lifetime.
 * Unmounting unsubscribes, and the backend destroys the exec's socket.
 */
export function ExecSession({
  id,
  spec,
  selected,
}: {
  readonly id: string;
  readonly spec: SessionSpec;
  readonly selected: boolean;
}) {
  const client = useClient();
  const host = useRef<HTMLDivElement>(null);
  const focus = useRef<() => void>(() => undefined);
  const t = useT(messages);
  const [state, setState] = useState<SessionState>({ state: 'connecting' });
  const { command, user } = spec;

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const kit = createTerminal(element, {
      cursorBlink: true,
      scrollback: 10_000,
      onLink: (url) => {
        openLinkWithConfirmation(client, url);
      },
    });
    const { term } = kit;
    focus.current = () => {
      term.focus();
    };
    let ack: (bytes: number) => void = () => undefined;
    const writer = createWriteBatcher({
      write: (data, done) => {
        term.write(data, done);
      },
      ack: (bytes) => {
        ack(bytes);
      },
      schedule: animationFrame,
    });
    let exited = false;
    const handle = client.subscribe(
      'containers.exec',
      {
        ref: id,
        size: { cols: term.cols, rows: term.rows },
        ...(command && command.length > 0 ? { command } : {}),
        ...(user ? { user } : {}),
      },
      {
        manualAck: true,
        onChunk: (chunks, bytes) => {
          let text = '';
          for (const chunk of chunks) {
            if (chunk.kind === 'output') text += chunk.data;
            else {
              exited = true;
              term.options.disableStdin = true;
              term.options.cursorBlink = false;
              const code = chunk.code === null ? '' : ` with code ${chunk.code}`;
              text += `\r\n\x1b[2;3m[Process exited${code}]\x1b[22;23m\r\n`;
              setState({ state: 'exited', code: chunk.code });
            }
          }
          if (!exited) setState((s) => (s.state === 'connecting' ? { state: 'open' } : s));
          writer.push(text, bytes);
        },
        onEnd: (error) => {
          term.options.disableStdin = true;
          if (error) {
            const message =
              error.code === 'BACKEND_LOST' ? translate(messages, 'backendLost') : error.message;
            writer.push(`\r\n\x1b[2;3m[${message}]\x1b[22;23m\r\n`, 0);
            setState({ state: 'failed', message });
          } else if (!exited) setState({ state: 'exited', code: null });
        },
      },
    );
    ack = (bytes) => {
      handle.ack(bytes);
    };
    const dataWatch = term.onData((data) => {
      if (exited) return;
      for (const part of splitInput(data)) handle.input({ data: part });
    });
    const resizeWatch = term.onResize(({ cols, rows }) => {
      handle.input({ resize: { cols: Math.min(cols, 1000), rows: Math.min(rows, 1000) } });
    });
    const observer = new ResizeObserver(() => {
      kit.fitNow();
    });
    observer.observe(element);
    return () => {
      handle.unsubscribe();
      writer.dispose();
      observer.disconnect();
      dataWatch.dispose();
      resizeWatch.dispose();
      focus.current = () => undefined;
      kit.dispose();
      setState({ state: 'connecting' });
    };
  }, [client, id, command, user]);

  useEffect(() => {
    if (selected) focus.current();
  }, [selected]);

  return (
    <div className="exec-session">
      <p role="status" className={state.state === 'failed' ? 'log-status error' : 'log-status muted'}>
        {stateText(state)}
      </p>
      <div
        ref={host}
        className="terminal-host"
        role="region"
        aria-label={t('terminalOf', { label: spec.label })}
      />
    </div>
  );
}
