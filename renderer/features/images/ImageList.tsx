import { useRef } from 'react';
import { Checkbox, SelectAll } from '../../ui/Checkbox.js';
import { useClock } from '../../ui/use-clock.js';
import { useVirtualRows, VirtualBody, VirtualHead } from '../../ui/VirtualTable.js';
import { formatAge } from '../../lib/age-format.js';
import { formatBytes } from '../../lib/format-bytes.js';
import { shortId, usersText, type ImageRow } from './image-rows.js';
import { openDetail, setManySelected, setSelected, useImagesStore } from './images-store.js';
import { SafeText } from '../../ui/SafeText.js';
import { EngineName, useEngineLabel, useShowsEngineColumn } from '../engine/index.js';
import { useT } from '../../i18n/index.js';
import { messages, type ImagesT } from './messages.js';

/** Must match --row-height and --head-height in images.css. */
const ROW_HEIGHT = 40;
const HEAD_HEIGHT = 34;
const columns = (t: ImagesT, withEngine: boolean): readonly string[] => [
  t('colRepository'),
  t('colTag'),
  t('colId'),
  t('colSize'),
  t('colCreated'),
  t('colInUse'),
  // "All engines" adds whose each row is, as the last column (images.css widens the grid by one).
  ...(withEngine ? [t('colEngine')] : []),
];

function SelectAllImages({ ids }: { readonly ids: readonly string[] }) {
  const t = useT(messages);
  const count = useImagesStore((s) => ids.reduce((n, id) => (s.selected.has(id) ? n + 1 : n), 0));
  return (
    <SelectAll
      label={t('selectAll')}
      total={ids.length}
      selected={count}
      onChange={(on) => {
        setManySelected(ids, on);
      }}
    />
  );
}

interface RowProps {
  readonly row: ImageRow;
  readonly index: number;
  readonly top: number;
  readonly now: number;
  readonly withEngine: boolean;
}

function Row({ row, index, top, now, withEngine }: RowProps) {
  const t = useT(messages);
  const selected = useImagesStore((s) => s.selected.has(row.image.id));
  const open = useImagesStore((s) => s.detailId === row.image.id);
  const engineLabel = useEngineLabel(row.image.id);
  // The same name can be on several engines: in "All engines" the controls say which one.
  const plain = row.reference ?? `<none> ${shortId(row.image.id)}`;
  const name = withEngine ? t('onEngine', { name: plain, engine: engineLabel }) : plain;
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={`row${selected ? ' selected' : ''}${open ? ' open' : ''}`}
      style={{ transform: `translateY(${top}px)` }}
    >
      <div role="cell" className="cell cell-select">
        <Checkbox
          label={t('select', { name })}
          checked={selected}
          onChange={(on) => {
            setSelected(row.image.id, on);
          }}
        />
      </div>
      <div role="cell" className="cell">
        <button
          type="button"
          className="name-link"
          aria-label={t('open', { name })}
          aria-expanded={open}
          onClick={() => {
            openDetail(open ? null : row.image.id);
          }}
        >
          {row.repository}
        </button>
      </div>
      <div role="cell" className="cell">
        <SafeText text={row.tag} />
      </div>
      <div role="cell" className="cell mono">
        {shortId(row.image.id)}
      </div>
      <div role="cell" className="cell">
        {formatBytes(row.image.size)}
      </div>
      <div role="cell" className="cell">
        {formatAge(row.image.created, now)}
      </div>
      <div role="cell" className="cell" title={usersText(row.image)}>
        {row.image.usedBy.length === 0 ? <span className="muted">{t('unused')}</span> : usersText(row.image)}
      </div>
      {withEngine && (
        <div role="cell" className="cell cell-engine">
          <EngineName objectKey={row.image.id} />
        </div>
      )}
    </div>
  );
}

/**
 * A virtualised table: the DOM holds only the rows in view (plus a few), so thousands of
 * images cost what twenty do. Each row is one name of an image (an image with three tags is
 * three rows); selection is by image.
 */
export function ImageList({
  rows,
  ids,
}: {
  readonly rows: readonly ImageRow[];
  readonly ids: readonly string[];
}) {
  const t = useT(messages);
  const scrollRef = useRef<HTMLDivElement>(null);
  const withEngine = useShowsEngineColumn();
  const now = useClock(30_000);
  const virtualizer = useVirtualRows({
    count: rows.length,
    keyOf: (index) => rows[index]?.key ?? index,
    scrollRef,
    rowHeight: ROW_HEIGHT,
    headHeight: HEAD_HEIGHT,
  });
  return (
    <div
      ref={scrollRef}
      role="table"
      aria-label={t('title')}
      aria-rowcount={rows.length + 1}
      className={`grid images-grid${withEngine ? ' with-engines' : ''}`}
    >
      <VirtualHead select={<SelectAllImages ids={ids} />} columns={columns(t, withEngine)} />
      <VirtualBody
        virtualizer={virtualizer}
        headHeight={HEAD_HEIGHT}
        row={(item, top) => {
          const row = rows[item.index];
          return row ? (
            <Row key={row.key} row={row} index={item.index} top={top} now={now} withEngine={withEngine} />
          ) : null;
        }}
      />
    </div>
  );
}
