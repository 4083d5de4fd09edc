import { useEffect, useState } from 'react';
import type { ContainerHealth, HealthProbe } from '../../../shared/alerts/health-types.js';
import type { ContainerSummary } from '../../../shared/contract/containers.js';
import { useT } from '../../i18n/index.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { useClient } from '../../lib/client-context.js';
import { LoadStatus } from '../../ui/LoadStatus.js';
import { SafeText } from '../../ui/SafeText.js';
import { Table } from '../../ui/Table.js';
import { usePageVisible } from '../../ui/use-page-visible.js';
import { mergeProbes, recordChange, refreshEveryMs, type HealthChange } from './health-timeline.js';
import { messages } from './messages.js';
import './alerts.css';

interface HealthViewProps {
  readonly id: string;
  /** The list's row for it: a new one (a health event, a death, a restart) asks for the probes again. */
  readonly container: ContainerSummary | undefined;
  /** The tab is on screen: only then is the engine asked again at the check's interval. */
  readonly selected: boolean;
}

const seconds = (ms: number | null): string => (ms === null ? '—' : `${ms / 1000} s`);
const clock = (at: number): string => new Date(at).toLocaleTimeString();

/**
 * The Health tab of a container: its check as configured, its state, and a timeline of the probes
 * (time, exit code, output) and state changes seen while the tab is open. The engine keeps only the
 * last five probes and sends no event for a probe that changes nothing, so the open, visible tab
 * asks again at the check's own interval.
 */
export function HealthView({ id, container, selected }: HealthViewProps) {
  const t = useT(messages);
  const client = useClient();
  const visible = usePageVisible();
  const [health, setHealth] = useState<ContainerHealth | null>(null);
  const [probes, setProbes] = useState<readonly HealthProbe[]>([]);
  const [changes, setChanges] = useState<readonly HealthChange[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const active = selected && visible;
  const intervalMs = health?.config?.intervalMs ?? null;

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async (): Promise<void> => {
      try {
        const next = await client.invoke('alerts.health', { ref: id });
        if (cancelled) return;
        setHealth(next);
        setProbes((kept) => mergeProbes(kept, next.probes));
        const status = next.status;
        if (status) setChanges((kept) => recordChange(kept, status, Date.now()));
        setProblem(null);
      } catch (err) {
        if (!cancelled) setProblem(errorMessage(err));
      }
      // The next ask waits for this answer: a slow engine never gets calls piled up.
      if (!cancelled && active) timer = setTimeout(() => void load(), refreshEveryMs(intervalMs));
    };
    void load();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // `container` is a dependency on purpose: each new row (an engine event) is a reason to ask.
  }, [client, id, container, active, intervalMs]);

  if (!health) return <LoadStatus problem={problem} loading loadingText={t('healthLoading')} />;
  const { config } = health;
  return (
    <div className="health-view">
      <LoadStatus problem={problem} />
      <dl className="health-facts">
        <dt>{t('healthState')}</dt>
        <dd>{health.status ? t(STATE_KEY[health.status]) : t('healthNone')}</dd>
        {config && (
          <>
            <dt>{t('healthTest')}</dt>
            <dd>
              <code>
                <SafeText text={config.test.join(' ')} />
              </code>
            </dd>
            <dt>{t('healthTiming')}</dt>
            <dd>
              {t('healthTimingValue', {
                interval: seconds(config.intervalMs),
                timeout: seconds(config.timeoutMs),
                start: seconds(config.startPeriodMs),
                retries: config.retries ?? '—',
              })}
            </dd>
            <dt>{t('healthStreak')}</dt>
            <dd>{health.failingStreak}</dd>
          </>
        )}
        <dt>{t('healthRestarts')}</dt>
        <dd>
          {health.restartCount} {health.restartPolicy && `(${health.restartPolicy})`}
        </dd>
        {health.exitCode !== null && (
          <>
            <dt>{t('healthExit')}</dt>
            <dd>
              {health.exitCode}
              {health.oomKilled && ` · ${t('oomBadge')}`}
            </dd>
          </>
        )}
      </dl>
      {config && (
        <Table
          className="table health-probes"
          scroll
          caption={{ text: t('healthProbes') }}
          columns={[t('probeTime'), t('probeExit'), t('probeOutput')]}
          empty={probes.length === 0 ? t('probesNone') : null}
        >
          {probes.map((probe) => (
            <tr key={probe.start} className={probe.exitCode === 0 ? undefined : 'probe-failed'}>
              <td>
                <time dateTime={new Date(probe.start).toISOString()}>{clock(probe.start)}</time>
              </td>
              <td>{probe.exitCode}</td>
              <td>
                <pre className="probe-output">
                  <SafeText text={probe.output.trimEnd()} />
                </pre>
              </td>
            </tr>
          ))}
        </Table>
      )}
      {changes.length > 0 && (
        <Table
          className="table health-changes"
          caption={{ text: t('healthChanges') }}
          columns={[t('probeTime'), t('healthState')]}
        >
          {changes.map((change) => (
            <tr key={`${change.at}-${change.status}`}>
              <td>
                <time dateTime={new Date(change.at).toISOString()}>{clock(change.at)}</time>
              </td>
              <td>{t(STATE_KEY[change.status])}</td>
            </tr>
          ))}
        </Table>
      )}
    </div>
  );
}

const STATE_KEY = {
  starting: 'healthStarting',
  healthy: 'healthHealthy',
  unhealthy: 'healthUnhealthy',
} as const;
