import { useMemo, useState } from 'react';
import { SearchField } from '../../ui/SearchField.js';
import { SegmentedFilter } from '../../ui/SegmentedFilter.js';
import { LoadImageButton, openBuildDialog, SaveImagesButton } from '../build/index.js';
import { PruneDialog } from '../prune/index.js';
import { EngineFilterField, useCliEngineLacks, useShowsEngineColumn } from '../engine/index.js';
import { softDisabled } from '../../ui/soft-disabled.js';
import type { ImageFilter } from './image-rows.js';
import { openRemove, setFilter, setSearch, useImagesStore } from './images-store.js';

import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';

export function ImagesToolbar() {
  const t = useT(messages);
  const filters: readonly { readonly value: ImageFilter; readonly label: string }[] = useMemo(
    () => [
      { value: 'all', label: t('filterAll') },
      { value: 'in-use', label: t('filterInUse') },
      { value: 'unused', label: t('filterUnused') },
      { value: 'dangling', label: t('filterDangling') },
    ],
    [t],
  );
  const filter = useImagesStore((s) => s.filter);
  const search = useImagesStore((s) => s.search);
  const selected = useImagesStore((s) => s.selected);
  const [pruning, setPruning] = useState(false);
  // Podman without a build service, say: the button stays, disabled, with the engine's reason.
  const buildLacked = useCliEngineLacks('build');
  const withEngine = useShowsEngineColumn();
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
        label={t('search')}
        placeholder={t('searchPlaceholder')}
        value={search}
        onChange={setSearch}
      />
      <SegmentedFilter name="image-filter" options={filters} value={filter} onChange={setFilter} />
      <div className="bulk">
        <button
          type="button"
          className="button primary"
          aria-description={buildLacked ?? undefined}
          title={buildLacked ?? undefined}
          {...softDisabled(buildLacked !== null, () => {
            openBuildDialog();
          })}
        >
          {t('build')}
        </button>
        <LoadImageButton />
        <button
          type="button"
          className="button"
          onClick={() => {
            setPruning(true);
          }}
        >
          {t('prune')}
        </button>
        {selected.size > 0 && (
          <span className="selection-count">{t('selected', { count: selected.size })}</span>
        )}
        <SaveImagesButton refs={[...selected]} />
        <button
          type="button"
          className="button danger"
          disabled={selected.size === 0}
          onClick={() => {
            openRemove([...selected]);
          }}
        >
          {t('removeSelected')}
        </button>
        {withEngine && <EngineFilterField />}
      </div>
    </div>
  );
}
