import { useId } from 'react';
import type { SystemInfo } from '../../../shared/contract/system.js';
import { formatBytes } from '../../lib/format-bytes.js';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';

export function EngineFacts({ info }: { readonly info: SystemInfo }) {
  const headingId = useId();
  const t = useT(messages);
  const c = info.containers;
  return (
    <section aria-labelledby={headingId} className="card">
      <h2 id={headingId}>{t('engine')}</h2>
      <dl className="facts">
        <dt>{t('engineVersion')}</dt>
        <dd>{info.engineVersion}</dd>
        <dt>{t('apiVersion')}</dt>
        <dd>{info.apiVersion}</dd>
        <dt>{t('os')}</dt>
        <dd>
          {info.os} ({info.osType}/{info.arch})
        </dd>
        <dt>{t('kernel')}</dt>
        <dd>{info.kernel}</dd>
        <dt>{t('cpus')}</dt>
        <dd>{info.cpus}</dd>
        <dt>{t('memory')}</dt>
        <dd>{formatBytes(info.memory)}</dd>
        <dt>{t('storageDriver')}</dt>
        <dd>{info.storageDriver}</dd>
        <dt>{t('rootDir')}</dt>
        <dd>
          <code>{info.rootDir}</code>
        </dd>
        <dt>{t('containers')}</dt>
        <dd>
          {t('containerCounts', { total: c.total, running: c.running, paused: c.paused, stopped: c.stopped })}
        </dd>
        <dt>{t('images')}</dt>
        <dd>{info.images}</dd>
      </dl>
    </section>
  );
}
