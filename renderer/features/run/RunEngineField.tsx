import { useT } from '../../i18n/index.js';
import { SelectField } from '../../ui/SelectField.js';
import { useEnginesStore, useShowsEngineColumn } from '../engine/index.js';
import { runMessages } from './messages.js';
import { setRunEngine, useRunDialogStore } from './run-dialog-store.js';

/**
 * In "All engines" a new container needs an engine: the one it was opened for (an image's, a
 * clone's original's), else the launch engine, and the person can pick another that answers.
 */
export function RunEngineField() {
  const t = useT(runMessages);
  const merged = useShowsEngineColumn();
  const mode = useRunDialogStore((s) => s.mode);
  const chosen = useRunDialogStore((s) => s.engine);
  const engines = useEnginesStore((s) => s.engines) ?? [];
  // An edit replaces a container where it is; a list of one engine has nothing to choose.
  if (!merged || mode === 'edit') return null;
  const value = chosen ?? engines.find((e) => e.current)?.id ?? '';
  const options = engines
    .filter((e) => e.status.state === 'connected' || e.id === value)
    .map((e) => ({ value: e.id, label: e.label }));
  return (
    <SelectField
      label={t('targetEngine')}
      value={value}
      options={options}
      onChange={(next) => {
        setRunEngine(next);
      }}
    />
  );
}
