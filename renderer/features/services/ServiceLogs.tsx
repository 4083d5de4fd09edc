import { useEffect, useRef } from 'react';
import { useClient } from '../../lib/client-context.js';
import { createLogTerminal, createLogWriter } from '../logs/index.js';
import { createColourAssigner, linePrefix } from '../project-logs/index.js';

const SCROLLBACK = 50_000;
const STDERR = '\x1b[31m';
const RESET = '\x1b[39m';

/**
 * Every task's lines in the log console (xterm, flow-controlled like container logs), each led
 * by its task name (`web.2`) in that task's own colour; stderr text in red. Log bytes never
 * enter React state.
 */
export function ServiceLogs({
  service,
}: {
  readonly service: { readonly id: string; readonly name: string };
}) {
  const client = useClient();
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const kit = createLogTerminal(element, client, SCROLLBACK);
    kit.fitNow();
    const colourOf = createColourAssigner();
    let width = service.name.length + 3;
    const handle = client.subscribe(
      'services.logs',
      { id: service.id, tail: 500, follow: true, timestamps: false },
      {
        manualAck: true,
        onChunk: (chunks, bytes) => {
          let text = '';
          for (const chunk of chunks) {
            width = Math.max(width, chunk.task.length);
            const body = chunk.stream === 'stderr' ? `${STDERR}${chunk.text}${RESET}` : chunk.text;
            text += `${linePrefix(chunk.task, width, colourOf(chunk.task))}${body}`;
          }
          writer.push(text, bytes);
        },
        onEnd: (error) => {
          kit.term.write(`\r\n— ${error ? error.message : 'log stream ended'} —\r\n`);
        },
      },
    );
    const writer = createLogWriter(
      kit,
      (bytes) => {
        handle.ack(bytes);
      },
      () => undefined,
    );
    return () => {
      handle.unsubscribe();
      writer.dispose();
      kit.dispose();
    };
  }, [client, service.id, service.name]);
  return <div ref={host} className="service-log-console" role="log" aria-label={`Logs of ${service.name}`} />;
}
