import { useId } from 'react';
import type { DiskUsageSummary } from '../../../shared/contract/system.js';
import { formatBytes } from '../../lib/format-bytes.js';
import { Table } from '../../ui/Table.js';
import { barDescription, barSegments, diskTitle } from './disk-format.js';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';

/** A stacked bar (in use solid, reclaimable hatched) named in words, and the same numbers as a table. */
export function DiskUsageView({ summary }: { readonly summary: DiskUsageSummary }) {
  const headingId = useId();
  const t = useT(messages);
  return (
    <section aria-labelledby={headingId} className="card">
      <h2 id={headingId}>{t('diskUsage')}</h2>
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
        label={t('diskByKind')}
        columns={[t('colKind'), t('colCount'), t('colInUse'), t('colSize'), t('colReclaimable')]}
      >
        {summary.categories.map((c) => (
          <tr key={c.kind}>
            <th scope="row">
              <span className={`disk-swatch disk-${c.kind}`} aria-hidden="true" /> {diskTitle(c.kind)}
            </th>
            <td>{c.count}</td>
            <td>{c.active}</td>
            <td>{formatBytes(c.size)}</td>
            <td>{formatBytes(c.reclaimable)}</td>
          </tr>
        ))}
        <tr>
          <th scope="row">{t('total')}</th>
          <td />
          <td />
          <td>{formatBytes(summary.size)}</td>
          <td>{formatBytes(summary.reclaimable)}</td>
        </tr>
      </Table>
    </section>
  );
}
