import type { SpoolLine } from '../../../../shared/logs/explorer.js';
import { parseStructured } from '../../../../shared/logs/structured.js';
import { useT } from '../../../i18n/index.js';
import { messages } from '../messages.js';
import { AnsiText } from './AnsiText.js';

export interface RowOptions {
  readonly timestamps: boolean;
  readonly structured: boolean;
}

/** One line of the explorer: its number, maybe its time, its text (or level and message). */
export function LogRow({
  line,
  options,
  target,
}: {
  readonly line: SpoolLine;
  readonly options: RowOptions;
  readonly target: boolean;
}) {
  const t = useT(messages);
  const record = options.structured ? parseStructured(line.text) : null;
  const classes = ['lx-row', `lx-${line.stream}`];
  if (line.match) classes.push('lx-match');
  if (target) classes.push('lx-target');
  if (line.gap) classes.push('lx-gap');
  return (
    <div className={classes.join(' ')} data-line={line.n + 1}>
      <span className="lx-n">{line.n + 1}</span>
      {options.timestamps && line.ts !== '' && <span className="lx-ts">{line.ts}</span>}
      {options.timestamps && line.timePending && (
        <span className="lx-ts lx-ts-pending" title={t('timePending')} aria-label={t('timePending')}>
          …
        </span>
      )}
      {record ? (
        <span className="lx-text">
          <span className={`lx-level lx-level-${record.level ?? 'none'}`}>{record.level ?? '—'}</span>
          <span className="lx-msg">{record.message ?? ''}</span>{' '}
          <span className="lx-fields">{line.text}</span>
        </span>
      ) : (
        <span className="lx-text">
          <AnsiText text={line.text} />
        </span>
      )}
    </div>
  );
}
