import { useEffect, useMemo, useState } from 'react';
import type { ContainerInspect } from '../../../shared/contract/container-detail.js';
import type { ContainerState } from '../../../shared/contract/containers.js';
import { useClient } from '../../lib/client-context.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { maskEnvIn } from './env.js';
import { summarize } from './inspect-summary.js';
import { InspectSummaryView } from './InspectSummaryView.js';
import { JsonTree } from './JsonTree.js';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';

/** The inspect document, fetched on open and again whenever the container's state changes. */
export function InspectView({
  id,
  state,
}: {
  readonly id: string;
  readonly state: ContainerState | undefined;
}) {
  const client = useClient();
  const t = useT(messages);
  const [doc, setDoc] = useState<ContainerInspect | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [revealAll, setRevealAll] = useState(false);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let cancelled = false;
    client.invoke('containers.inspect', { ref: id }).then(
      (value) => {
        if (cancelled) return;
        setDoc(value);
        setProblem(null);
      },
      (err: unknown) => {
        if (!cancelled) setProblem(errorMessage(err));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [client, id, state, reload]);

  const summary = useMemo(() => (doc ? summarize(doc) : null), [doc]);
  const treeValue = useMemo(() => (doc ? (revealAll ? doc : maskEnvIn(doc)) : null), [doc, revealAll]);

  return (
    <div className="inspect">
      <div className="log-toolbar">
        <button
          type="button"
          className="button"
          onClick={() => {
            setReload((n) => n + 1);
          }}
        >
          {t('refresh')}
        </button>
        {problem && (
          <span role="status" className="log-status error">
            {problem}
          </span>
        )}
      </div>
      {!doc && !problem && (
        <p role="status" className="muted">
          {t('loading')}
        </p>
      )}
      {summary && <InspectSummaryView summary={summary} revealAll={revealAll} onRevealAll={setRevealAll} />}
      {treeValue && (
        <details className="inspect-json">
          <summary>{t('fullJson')}</summary>
          <JsonTree value={treeValue} copyValue={doc} label={t('document')} />
        </details>
      )}
    </div>
  );
}
