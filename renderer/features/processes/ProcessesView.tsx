import { useEffect, useState } from 'react';
import type { ProcessList } from '../../../shared/contract/container-detail.js';
import { useClient } from '../../lib/client-context.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { Table } from '../../ui/Table.js';
import { usePageVisible } from '../../ui/use-page-visible.js';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';

const REFRESH_MS = 2000;

/** `docker top`, refreshed every 2 s only while this tab is selected and the page visible. */
export function ProcessesView({
  id,
  running,
  selected,
}: {
  readonly id: string;
  readonly running: boolean;
  readonly selected: boolean;
}) {
  const t = useT(messages);
  const client = useClient();
  const visible = usePageVisible();
  const [list, setList] = useState<ProcessList | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const active = selected && visible && running;

  useEffect(() => {
    if (!active) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async (): Promise<void> => {
      try {
        const next = await client.invoke('containers.top', { ref: id });
        if (cancelled) return;
        setList(next);
        setProblem(null);
      } catch (err) {
        if (!cancelled) setProblem(errorMessage(err));
      }
      // The next refresh waits for this one: a slow engine never gets calls piled up.
      if (!cancelled) timer = setTimeout(() => void load(), REFRESH_MS);
    };
    void load();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [client, id, active]);

  if (!running) return <p className="muted">{t('notRunning')}</p>;
  return (
    <div className="processes">
      {problem && (
        <p role="status" className="log-status error">
          {problem}
        </p>
      )}
      {list ? (
        <Table
          className="table"
          scroll
          caption={{
            className: 'muted',
            text: t('caption', { count: list.processes.length }),
          }}
          columns={list.titles}
        >
          {list.processes.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => (
                <td key={c}>{cell}</td>
              ))}
            </tr>
          ))}
        </Table>
      ) : (
        !problem && (
          <p role="status" className="muted">
            {t('loading')}
          </p>
        )
      )}
    </div>
  );
}
