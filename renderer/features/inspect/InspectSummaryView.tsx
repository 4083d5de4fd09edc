import { useMemo } from 'react';
import { useClient } from '../../lib/client-context.js';
import { openLinkWithConfirmation } from '../../lib/confirm-link.js';
import { formatPorts } from '../containers/index.js';
import { EnvTable } from './EnvTable.js';
import { localTime, type InspectSummary } from './inspect-summary.js';
import { SafeText } from '../../ui/SafeText.js';
import { Table } from '../../ui/Table.js';

function Section({ title, children }: { readonly title: string; readonly children: React.ReactNode }) {
  return (
    <section className="inspect-section" aria-label={title}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

export function InspectSummaryView({
  summary,
  revealAll,
  onRevealAll,
}: {
  readonly summary: InspectSummary;
  readonly revealAll: boolean;
  readonly onRevealAll: (on: boolean) => void;
}) {
  const client = useClient();
  const ports = useMemo(() => formatPorts(summary.ports), [summary.ports]);
  const s = summary;
  return (
    <div className="inspect-summary">
      <Section title="Overview">
        <dl className="facts">
          <dt>Image</dt>
          <dd>
            <code>
              <SafeText text={s.image} />
            </code>
            {s.imageId && <span className="muted"> ({s.imageId.replace(/^sha256:/, '').slice(0, 12)})</span>}
          </dd>
          <dt>Command</dt>
          <dd>
            <code>
              <SafeText text={s.command || '—'} />
            </code>
          </dd>
          <dt>State</dt>
          <dd>
            {s.state}
            {s.state === 'exited' && s.exitCode !== null && ` (exit code ${s.exitCode})`}
          </dd>
          <dt>Created</dt>
          <dd>{localTime(s.created) || '—'}</dd>
          <dt>Started</dt>
          <dd>{localTime(s.startedAt) || 'never'}</dd>
          {s.finishedAt && (
            <>
              <dt>Finished</dt>
              <dd>{localTime(s.finishedAt)}</dd>
            </>
          )}
          <dt>Restart policy</dt>
          <dd>{s.restartPolicy}</dd>
          <dt>Health</dt>
          <dd>
            {s.health ? (
              <>
                {s.health.status}
                {s.health.failingStreak > 0 && ` (failing streak ${s.health.failingStreak})`}
              </>
            ) : (
              'no health check'
            )}
          </dd>
        </dl>
        {s.health?.last && (
          <details className="health-log">
            <summary>
              Last health check: exit code {s.health.last.exitCode ?? '—'}, {localTime(s.health.last.at)}
            </summary>
            <pre>{s.health.last.output || '(no output)'}</pre>
          </details>
        )}
      </Section>
      <Section title="Ports">
        {ports.length === 0 ? (
          <p className="muted">No published ports.</p>
        ) : (
          <ul className="plain-list">
            {ports.map((p) => (
              <li key={p.key}>
                <code>{p.label}</code>{' '}
                {p.url && (
                  <button
                    type="button"
                    className="link"
                    aria-label={`Open ${p.url}`}
                    onClick={() => {
                      if (p.url) openLinkWithConfirmation(client, p.url);
                    }}
                  >
                    {p.url}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title="Mounts">
        {s.mounts.length === 0 ? (
          <p className="muted">No mounts.</p>
        ) : (
          <ul className="plain-list">
            {s.mounts.map((m, i) => (
              <li key={i}>
                <span className="muted">{m.type}</span> <code>{m.source || '(anonymous)'}</code> →{' '}
                <code>{m.destination}</code>
                {m.readOnly && <span className="muted"> (read-only)</span>}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title="Networks">
        {s.networks.length === 0 ? (
          <p className="muted">No networks.</p>
        ) : (
          <ul className="plain-list">
            {s.networks.map((n) => (
              <li key={n.name}>
                <strong>
                  <SafeText text={n.name} />
                </strong>
                : {n.ipv4 || 'no IPv4'}
                {n.ipv6 && `, ${n.ipv6}`}
                {n.gateway && <span className="muted"> (gateway {n.gateway})</span>}
                {n.aliases.length > 0 && <span className="muted"> · aliases {n.aliases.join(', ')}</span>}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title="Environment">
        <EnvTable env={s.env} revealAll={revealAll} onRevealAll={onRevealAll} />
      </Section>
      <Section title="Labels">
        {s.labels.length === 0 ? (
          <p className="muted">No labels.</p>
        ) : (
          <Table className="table kv-table">
            {s.labels.map(([k, v]) => (
              <tr key={k}>
                <th scope="row">
                  <code>
                    <SafeText text={k} />
                  </code>
                </th>
                <td>
                  <code>
                    <SafeText text={v} />
                  </code>
                </td>
              </tr>
            ))}
          </Table>
        )}
      </Section>
    </div>
  );
}
