import { useRef } from 'react';
import { Checkbox, SelectAll } from '../../ui/Checkbox.js';
import { useClock } from '../../ui/use-clock.js';
import { useVirtualRows, VirtualBody, VirtualHead } from '../../ui/VirtualTable.js';
import { formatAge } from '../../lib/age-format.js';
import { formatBytes } from '../../lib/format-bytes.js';
import { shortId, usersText, type ImageRow } from './image-rows.js';
import { openDetail, setManySelected, setSelected, useImagesStore } from './images-store.js';
import { SafeText } from '../../ui/SafeText.js';

/** Must match --row-height and --head-height in images.css. */
const ROW_HEIGHT = 40;
const HEAD_HEIGHT = 34;
const COLUMNS = ['Repository', 'Tag', 'Image ID', 'Size', 'Created', 'In use'] as const;

function SelectAllImages({ ids }: { readonly ids: readonly string[] }) {
  const count = useImagesStore((s) => ids.reduce((n, id) => (s.selected.has(id) ? n + 1 : n), 0));
  return (
    <SelectAll
      label="Select all images"
      total={ids.length}
      selected={count}
      onChange={(on) => {
        setManySelected(ids, on);
      }}
    />
  );
}

function Row({ row, index, top, now }: { row: ImageRow; index: number; top: number; now: number }) {
  const selected = useImagesStore((s) => s.selected.has(row.image.id));
  const open = useImagesStore((s) => s.detailId === row.image.id);
  const name = row.reference ?? `<none> ${shortId(row.image.id)}`;
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
          label={`Select ${name}`}
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
          aria-label={`Open ${name}`}
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
        {row.image.usedBy.length === 0 ? <span className="muted">unused</span> : usersText(row.image)}
      </div>
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
  const scrollRef = useRef<HTMLDivElement>(null);
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
      aria-label="Images"
      aria-rowcount={rows.length + 1}
      className="grid images-grid"
    >
      <VirtualHead select={<SelectAllImages ids={ids} />} columns={COLUMNS} />
      <VirtualBody
        virtualizer={virtualizer}
        headHeight={HEAD_HEIGHT}
        row={(item, top) => {
          const row = rows[item.index];
          return row ? <Row key={row.key} row={row} index={item.index} top={top} now={now} /> : null;
        }}
      />
    </div>
  );
}
