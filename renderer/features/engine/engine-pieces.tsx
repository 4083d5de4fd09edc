import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n/index.js';
import { splitQualified } from '../../lib/engine-routing.js';
import { SafeText } from '../../ui/SafeText.js';
import { SelectField } from '../../ui/SelectField.js';
import { useEngineFilter, setEngineFilter, useEngineView, visibleEngines } from './engine-view.js';
import { engineById, engineCanAct, useEnginesStore } from './engines-store.js';
import { messages } from './messages.js';

/**
 * The pieces every merged list (images, volumes, networks, projects) shares: which engines it
 * shows, whose each row is, and the Engine filter. Containers keep their own grid-shaped ones.
 */

/** The engines the lists show; null: the CLI's engine through the un-named channels, as before. */
export const useVisibleEngines = (): readonly string[] | null => {
  const view = useEngineView();
  const filter = useEngineFilter((s) => s.engine);
  return useEnginesStore(useShallow((s) => visibleEngines(view, filter, s.engines)));
};

/**
 * Where something new (a volume, a network) is made: the one engine shown (chosen in the picker,
 * or narrowed to by the Engine filter), else the launch engine, as before there were several.
 * Spread into the request: `{}` names no engine.
 */
export const useTargetEngine = (): { readonly engine?: string } => {
  const visible = useVisibleEngines();
  const only = visible?.length === 1 ? visible[0] : undefined;
  return useMemo(() => (only === undefined ? {} : { engine: only }), [only]);
};

/** "All engines": rows say whose they are, and the list can narrow to one engine. */
export const useShowsEngineColumn = (): boolean => useEngineView().kind === 'all';

/** Whether actions on the object keyed `key` can run: its engine answers (a plain key: the CLI's engine). */
export const useKeyLive = (): ((key: string) => boolean) => {
  const engines = useEnginesStore((s) => s.engines);
  return (key: string) => {
    const { engine } = splitQualified(key);
    return engine === undefined || engineCanAct(engineById(engines, engine));
  };
};

/** The name people read for a keyed object: plain, or "web on beng1" when the key names an engine. */
export const useKeyName = (key: string): string => {
  const t = useT(messages);
  const engine = useEngineLabel(key);
  const name = splitQualified(key).id;
  return engine === '' ? name : t('onEngine', { name, engine });
};

/** The label of the engine an object key names ('' for a plain key): for names that must say which engine. */
export const useEngineLabel = (key: string): string => {
  const engineId = splitQualified(key).engine;
  return useEnginesStore((s) =>
    engineId === undefined ? '' : (engineById(s.engines, engineId)?.label ?? engineId),
  );
};

/** The engine a keyed row belongs to, by its label, with "last known" while it does not answer. */
export function EngineName({ objectKey }: { readonly objectKey: string }) {
  const t = useT(messages);
  const engineId = splitQualified(objectKey).engine ?? '';
  const engine = useEnginesStore((s) => engineById(s.engines, engineId));
  const label = engine?.label ?? engineId;
  return (
    <span className="engine-name" title={label}>
      <SafeText text={label} />
      {!engineCanAct(engine) && <span className="stale-note"> ({t('lastKnown')})</span>}
    </span>
  );
}

/** The Engine filter of a merged list: every engine or one (shared by every list, like the picker). */
export function EngineFilterField() {
  const t = useT(messages);
  const engines = useEnginesStore((s) => s.engines) ?? [];
  const value = useEngineFilter((s) => s.engine) ?? '';
  const options = [
    { value: '', label: t('allEngines') },
    ...engines.map((e) => ({ value: e.id, label: e.label })),
  ];
  return (
    <SelectField
      className="field engine-filter"
      label={t('engine')}
      value={options.some((o) => o.value === value) ? value : ''}
      options={options}
      onChange={(next) => {
        setEngineFilter(next === '' ? null : next);
      }}
    />
  );
}
