import { useState } from 'react';
import { SearchField } from '../../ui/SearchField.js';
import { SegmentedFilter } from '../../ui/SegmentedFilter.js';
import { LoadImageButton, openBuildDialog, SaveImagesButton } from '../build/index.js';
import { PruneDialog } from '../prune/index.js';
import type { ImageFilter } from './image-rows.js';
import { openRemove, setFilter, setSearch, useImagesStore } from './images-store.js';

const FILTERS: readonly { readonly value: ImageFilter; readonly label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'in-use', label: 'In use' },
  { value: 'unused', label: 'Unused' },
  { value: 'dangling', label: 'Dangling' },
];

export function ImagesToolbar() {
  const filter = useImagesStore((s) => s.filter);
  const search = useImagesStore((s) => s.search);
  const selected = useImagesStore((s) => s.selected);
  const [pruning, setPruning] = useState(false);
  return (
    <div className="toolbar">
      {pruning && (
        <PruneDialog
          kinds={['images']}
          onClose={() => {
            setPruning(false);
          }}
        />
      )}
      <SearchField
        label="Search images"
        placeholder="Search repository, tag, id, container"
        value={search}
        onChange={setSearch}
      />
      <SegmentedFilter name="image-filter" options={FILTERS} value={filter} onChange={setFilter} />
      <div className="bulk">
        <button
          type="button"
          className="button primary"
          onClick={() => {
            openBuildDialog();
          }}
        >
          Build image…
        </button>
        <LoadImageButton />
        <button
          type="button"
          className="button"
          onClick={() => {
            setPruning(true);
          }}
        >
          Prune…
        </button>
        {selected.size > 0 && <span className="selection-count">{selected.size} selected</span>}
        <SaveImagesButton refs={[...selected]} />
        <button
          type="button"
          className="button danger"
          disabled={selected.size === 0}
          onClick={() => {
            openRemove([...selected]);
          }}
        >
          Remove…
        </button>
      </div>
    </div>
  );
}
