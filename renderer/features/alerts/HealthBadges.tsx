import type { ContainerSummary } from '../../../shared/contract/containers.js';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';
import './alerts.css';

const HEALTH_KEY = {
  starting: 'healthStarting',
  healthy: 'healthHealthy',
  unhealthy: 'healthUnhealthy',
} as const;

/** Health, restarts, exit code and OOM of one list row: what the engine's status text hides. */
export function HealthBadges({ container }: { readonly container: ContainerSummary }) {
  const t = useT(messages);
  const { health, exitCode, restartCount, oomKilled, state } = container;
  const stopped = state === 'exited' || state === 'dead';
  return (
    <>
      {health && (
        <span
          className={`health-badge${health === 'unhealthy' ? ' bad' : ''}`}
          aria-label={t('healthLabel', { state: t(HEALTH_KEY[health]) })}
        >
          {t(HEALTH_KEY[health])}
        </span>
      )}
      {stopped && oomKilled && <span className="health-badge bad">{t('oomBadge')}</span>}
      {stopped && !oomKilled && exitCode !== null && exitCode !== undefined && exitCode !== 0 && (
        <span className="health-badge bad" aria-label={t('exitLabel', { code: exitCode })}>
          {t('exitBadge', { code: exitCode })}
        </span>
      )}
      {restartCount !== undefined && restartCount > 0 && (
        <span className="health-badge">{t('restarts', { count: restartCount })}</span>
      )}
    </>
  );
}
