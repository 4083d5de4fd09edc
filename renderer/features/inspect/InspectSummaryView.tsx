import { useMemo } from 'react';
import { useClient } from '../../lib/client-context.js';
import { openLinkWithConfirmation } from '../../lib/confirm-link.js';
import { formatPorts } from '../containers/index.js';
import { EnvTable } from './EnvTable.js';
import { localTime, type InspectSummary } from './inspect-summary.js';
import { SafeText } from '../../ui/SafeText.js';
import { Table } from '../../ui/Table.js';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';

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
  const t = useT(messages);
  const ports = useMemo(() => formatPorts(summary.ports), [summary.ports]);
  const s = summary;
  return (
    <div className="inspect-summary">
      <Section title={t('overview')}>
        <dl className="facts">
          <dt>{t('image')}</dt>
          <dd>
            <code>
              <SafeText text={s.image} />
            </code>
            {s.imageId && <span className="muted"> ({s.imageId.replace(/^sha256:/, '').slice(0, 12)})</span>}
          </dd>
          <dt>{t('command')}</dt>
          <dd>
            <code>
              <SafeText text={s.command || '—'} />
            </code>
          </dd>
          <dt>{t('state')}</dt>
          <dd>
            {s.state}
            {s.state === 'exited' && s.exitCode !== null && t('exitCode', { code: s.exitCode })}
          </dd>
          <dt>{t('created')}</dt>
          <dd>{localTime(s.created) || '—'}</dd>
          <dt>{t('started')}</dt>
          <dd>{localTime(s.startedAt) || t('never')}</dd>
          {s.finishedAt && (
            <>
              <dt>{t('finished')}</dt>
              <dd>{localTime(s.finishedAt)}</dd>
            </>
          )}
          <dt>{t('restartPolicy')}</dt>
          <dd>{s.restartPolicy}</dd>
          <dt>{t('health')}</dt>
          <dd>
            {s.health ? (
              <>
                {s.health.status}
                {s.health.failingStreak > 0 && t('failingStreak', { count: s.health.failingStreak })}
              </>
            ) : (
              t('noHealthCheck')
            )}
          </dd>
        </dl>
        {s.health?.last && (
          <details className="health-log">
            <summary>
              {t('lastHealthCheck', { code: s.health.last.exitCode ?? '—', at: localTime(s.health.last.at) })}
            </summary>
            <pre>{s.health.last.output || t('noOutput')}</pre>
          </details>
        )}
      </Section>
      <Section title={t('ports')}>
        {ports.length === 0 ? (
          <p className="muted">{t('noPorts')}</p>
        ) : (
          <ul className="plain-list">
            {ports.map((p) => (
              <li key={p.key}>
                <code>{p.label}</code>{' '}
                {p.url && (
                  <button
                    type="button"
                    className="link"
                    aria-label={t('openUrl', { url: p.url })}
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
      <Section title={t('mounts')}>
        {s.mounts.length === 0 ? (
          <p className="muted">{t('noMounts')}</p>
        ) : (
          <ul className="plain-list">
            {s.mounts.map((m, i) => (
              <li key={i}>
                <span className="muted">{m.type}</span> <code>{m.source || t('anonymous')}</code> →{' '}
                <code>{m.destination}</code>
                {m.readOnly && <span className="muted">{t('readOnly')}</span>}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={t('networks')}>
        {s.networks.length === 0 ? (
          <p className="muted">{t('noNetworks')}</p>
        ) : (
          <ul className="plain-list">
            {s.networks.map((n) => (
              <li key={n.name}>
                <strong>
                  <SafeText text={n.name} />
                </strong>
                : {n.ipv4 || t('noIpv4')}
                {n.ipv6 && `, ${n.ipv6}`}
                {n.gateway && <span className="muted">{t('gateway', { gateway: n.gateway })}</span>}
                {n.aliases.length > 0 && (
                  <span className="muted">{t('aliases', { aliases: n.aliases.join(', ') })}</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={t('environment')}>
        <EnvTable env={s.env} revealAll={revealAll} onRevealAll={onRevealAll} />
      </Section>
      <Section title={t('labels')}>
        {s.labels.length === 0 ? (
          <p className="muted">{t('noLabels')}</p>
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
