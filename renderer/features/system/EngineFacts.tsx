import { useId } from 'react';
import type { SystemInfo } from '../../../shared/contract/system.js';
import { formatBytes } from '../../lib/format-bytes.js';

export function EngineFacts({ info }: { readonly info: SystemInfo }) {
  const headingId = useId();
  const c = info.containers;
  return (
    <section aria-labelledby={headingId} className="card">
      <h2 id={headingId}>Engine</h2>
      <dl className="facts">
        <dt>Engine version</dt>
        <dd>{info.engineVersion}</dd>
        <dt>API version</dt>
        <dd>{info.apiVersion}</dd>
        <dt>Operating system</dt>
        <dd>
          {info.os} ({info.osType}/{info.arch})
        </dd>
        <dt>Kernel</dt>
        <dd>{info.kernel}</dd>
        <dt>CPUs</dt>
        <dd>{info.cpus}</dd>
        <dt>Memory</dt>
        <dd>{formatBytes(info.memory)}</dd>
        <dt>Storage driver</dt>
        <dd>{info.storageDriver}</dd>
        <dt>Root directory</dt>
        <dd>
          <code>{info.rootDir}</code>
        </dd>
        <dt>Containers</dt>
        <dd>
          {c.total} ({c.running} running, {c.paused} paused, {c.stopped} stopped)
        </dd>
        <dt>Images</dt>
        <dd>{info.images}</dd>
      </dl>
    </section>
  );
}
