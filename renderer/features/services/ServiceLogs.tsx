import type { ISearchResultChangeEvent } from '@xterm/addon-search';
import { useEffect, useRef, useState } from 'react';
import { translate, useT } from '../../i18n/index.js';
import { useClient } from '../../lib/client-context.js';
import type { TerminalKit } from '../../ui/xterm/create-terminal.js';
import { createLogTerminal, createLogWriter } from '../logs/index.js';
import { createColourAssigner, linePrefix } from '../project-logs/index.js';
import { messages } from './messages.js';
import { ServiceLogOptions, type ServiceLogRange } from './ServiceLogOptions.js';
import { ServiceLogSearch } from './ServiceLogSearch.js';

const SCROLLBACK = 50_000;
const STDERR = '\x1b[31m';
const RESET = '\x1b[39m';

/**
 * Every task's lines in the log console (xterm, flow-controlled like container logs), each led
 * by its task name (`web.2`) in that task's own colour; stderr text in red. Log bytes never
 * enter React state. Changing the history or follow reopens the stream on a fresh console, so
 * nothing is shown twice.
 */
export function ServiceLogs({
  service,
}: {
  readonly service: { readonly id: string; readonly name: string };
}) {
  const client = useClient();
  const t = useT(messages);
  const host = useRef<HTMLDivElement>(null);
  const kit = useRef<TerminalKit | null>(null);
  const [range, setRange] = useState<ServiceLogRange>({ tail: 500, follow: true });
  const [results, setResults] = useState<ISearchResultChangeEvent | null>(null);
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const terminal = createLogTerminal(element, client, SCROLLBACK);
    kit.current = terminal;
    terminal.fitNow();
    const resultsWatch = terminal.search.onDidChangeResults(setResults);
    const colourOf = createColourAssigner();
    let width = service.name.length + 3;
    const handle = client.subscribe(
      'services.logs',
      { id: service.id, tail: range.tail, follow: range.follow, timestamps: false },
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
          terminal.term.write(`\r\n— ${error ? error.message : translate(messages, 'streamEnded')} —\r\n`);
        },
      },
    );
    const writer = createLogWriter(
      terminal,
      (bytes) => {
        handle.ack(bytes);
      },
      () => undefined,
    );
    return () => {
      handle.unsubscribe();
      writer.dispose();
      resultsWatch.dispose();
      kit.current = null;
      setResults(null);
      terminal.dispose();
    };
  }, [client, service.id, service.name, range.tail, range.follow]);
  return (
    <div className="service-logs">
      <div className="log-toolbar">
        <ServiceLogOptions key={String(range.tail)} name={service.name} range={range} onApply={setRange} />
        <ServiceLogSearch kit={kit} results={results} />
      </div>
      <div
        ref={host}
        className="service-log-console"
        role="log"
        aria-label={t('logsOf', { name: service.name })}
      />
    </div>
  );
}
