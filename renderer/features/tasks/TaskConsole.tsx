import { useEffect, useRef, useState } from 'react';
import type { Client } from '../../ipc/client.js';
import { useClient } from '../../lib/client-context.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { openLinkWithConfirmation } from '../../lib/confirm-link.js';
import type { createTerminal } from '../../ui/xterm/create-terminal.js';
import { retryingImport } from '../../lib/chunk-import.js';

const loadTerminal = retryingImport(() => import('../../ui/xterm/create-terminal.js'));

type CreateTerminal = typeof createTerminal;

/** The terminal and its stream, once xterm is in; returns what undoes both. */
function mountConsole(
  createTerminal: CreateTerminal,
  element: HTMLDivElement,
  client: Client,
  taskId: string,
  onProblem: (problem: string) => void,
): () => void {
  const kit = createTerminal(element, {
    // Tools print bare \n; the terminal needs \r\n to start lines at the left edge.
    convertEol: true,
    disableStdin: true,
    scrollback: 20_000,
    onLink: (url) => {
      openLinkWithConfirmation(client, url);
    },
  });
  const resize = new ResizeObserver(() => kit.fitNow());
  resize.observe(element);
  const stream = client.subscribe(
    'tasks.output',
    { id: taskId },
    {
      manualAck: true,
      onChunk: (chunks, bytes) => {
        kit.term.write(chunks.map((c) => c.text).join(''), () => {
          stream.ack(bytes);
        });
      },
      onEnd: (error) => {
        if (error) onProblem(errorMessage(error));
      },
    },
  );
  return () => {
    stream.unsubscribe();
    resize.disconnect();
    kit.dispose();
  };
}

/**
 * A task's console output (build steps, compose output) in a read-only terminal: what the task
 * printed so far, then live until it ends. One terminal and one stream per mount.
 */
export function TaskConsole({ taskId, label }: { readonly taskId: string; readonly label: string }) {
  const client = useClient();
  const host = useRef<HTMLDivElement>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    let unmounted = false;
    let teardown = (): void => undefined;
    // xterm is fetched with the first console opened: the task tray is on the first screen, xterm need not be.
    loadTerminal().then(
      ({ createTerminal }) => {
        if (unmounted) return;
        teardown = mountConsole(createTerminal, element, client, taskId, setProblem);
      },
      (err: unknown) => {
        if (!unmounted) setProblem(errorMessage(err));
      },
    );
    return () => {
      unmounted = true;
      teardown();
    };
  }, [client, taskId]);

  return (
    <div className="task-console">
      <div ref={host} className="task-console-terminal" role="log" aria-label={label} />
      {problem && (
        <p role="alert" className="task-console-problem">
          {problem}
        </p>
      )}
    </div>
  );
}
