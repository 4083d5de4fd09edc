import { useId } from 'react';
import type { DiskUsageSummary } from '../../../shared/contract/system.js';
import { formatBytes } from '../../lib/format-bytes.js';
import { Table } from '../../ui/Table.js';
import { barDescription, barSegments, DISK_TITLES } from './disk-format.js';

/** A stacked bar (in use solid, reclaimable hatched) named in words, and the same numbers as a table. */
export function DiskUsageView({ summary }: { readonly summary: DiskUsageSummary }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="card">
      <h2 id={headingId}>Disk usage</h2>
      <div className="disk-bar" role="img" aria-label={barDescription(summary)}>
        {barSegments(summary).flatMap((s) => [
          <span key={`${s.kind}-used`} className={`disk-${s.kind}`} style={{ width: `${s.usedPercent}%` }} />,
          <span
            key={`${s.kind}-reclaimable`}
            className={`disk-${s.kind} disk-reclaimable`}
            style={{ width: `${s.reclaimablePercent}%` }}
          />,
        ])}
      </div>
      <Table
        className="data-table"
        label="Disk usage by kind"
        columns={['Kind', 'Count', 'In use', 'Size', 'Reclaimable']}
      >
        {summary.categories.map((c) => (
          <tr key={c.kind}>
            <th scope="row">
              <span className={`disk-swatch disk-${c.kind}`} aria-hidden="true" /> {DISK_TITLES[c.kind]}
            </th>
            <td>{c.count}</td>
            <td>{c.active}</td>
            <td>{formatBytes(c.size)}</td>
            <td>{formatBytes(c.reclaimable)}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">Total</th>
          <td />
          <td />
          <td>{formatBytes(summary.size)}</td>
          <td>{formatBytes(summary.reclaimable)}</td>
        </tr>
      </Table>
    </section>
  );
}
