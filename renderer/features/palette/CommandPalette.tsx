import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useT } from '../../i18n/index.js';
import { useClient } from '../../lib/client-context.js';
import { Modal } from '../../ui/Modal.js';
import { useContainersStore } from '../containers/index.js';
import { messages } from './messages.js';
import { matchItems, type PaletteItem } from './palette-items.js';
import {
  containerItems,
  fetchObjects,
  newContainerItem,
  objectItems,
  type Fetched,
} from './palette-sources.js';
import { closePalette, usePaletteStore } from './palette-store.js';
import './palette.css';

/** A destination or command the app gives the palette (views, the cheat sheet…). */
export interface PaletteCommand {
  readonly id: string;
  readonly label: string;
  /** `view` or `action` (the label is the host's); `shortcuts`: the cheat sheet, worded by the palette. */
  readonly kind: 'view' | 'action' | 'shortcuts';
  readonly run: () => void;
}

const LIMIT = 60;

/** The command palette (Ctrl/Cmd+K): search everything, Enter runs the highlighted item. */
export function CommandPalette({ commands }: { readonly commands: readonly PaletteCommand[] }) {
  const open = usePaletteStore((s) => s.open);
  return open ? <PaletteDialog commands={commands} /> : null;
}

function PaletteDialog({ commands }: { readonly commands: readonly PaletteCommand[] }) {
  const t = useT(messages);
  const client = useClient();
  const titleId = useId();
  const listId = useId();
  const byId = useContainersStore((s) => s.byId);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [fetched, setFetched] = useState<Fetched | null>(null);

  useEffect(() => {
    let live = true;
    void fetchObjects(client).then((objects) => {
      if (live) setFetched(objects);
    });
    return () => {
      live = false;
    };
  }, [client]);

  const items = useMemo<PaletteItem[]>(() => {
    const fromApp = commands.map((c) => ({
      id: `app:${c.id}`,
      label:
        c.kind === 'view' ? t('goTo', { view: c.label }) : c.kind === 'shortcuts' ? t('shortcuts') : c.label,
      kind: c.kind === 'view' ? t('kindView') : t('kindAction'),
      keywords: c.label,
      run: c.run,
    }));
    return [
      ...fromApp,
      newContainerItem(t),
      ...containerItems(client, t, byId.values()),
      ...objectItems(t, byId.values(), fetched ?? { images: [], volumes: [], networks: [] }),
    ];
  }, [commands, client, t, byId, fetched]);

  const shown = useMemo(() => matchItems(items, query, LIMIT), [items, query]);
  const current = Math.min(active, Math.max(0, shown.length - 1));
  const optionId = (index: number): string => `${listId}-${String(index)}`;

  const run = (item: PaletteItem | undefined): void => {
    if (!item) return;
    closePalette();
    item.run();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    const moves: Partial<Record<string, number>> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      PageDown: current + 8,
      PageUp: current - 8,
    };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      const index = Math.max(0, Math.min(shown.length - 1, next));
      setActive(index);
      document.getElementById(optionId(index))?.scrollIntoView({ block: 'nearest' });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      run(shown[current]);
    }
  };

  return (
    <Modal labelledBy={titleId} onCancel={closePalette} className="palette">
      <h2 id={titleId} className="visually-hidden">
        {t('title')}
      </h2>
      <input
        type="text"
        role="combobox"
        className="palette-input"
        aria-label={t('input')}
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown.length > 0 ? optionId(current) : undefined}
        placeholder={t('placeholder')}
        value={query}
        data-autofocus
        spellCheck={false}
        autoComplete="off"
        onChange={(event) => {
          setQuery(event.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={t('results')} className="palette-list">
        {shown.map((item, index) => (
          <li
            key={item.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === current}
            className="palette-option"
            onMouseMove={() => {
              if (index !== current) setActive(index);
            }}
            onClick={() => {
              run(item);
            }}
          >
            <span className="palette-label">{item.label}</span>
            <span className="palette-kind">{item.kind}</span>
          </li>
        ))}
      </ul>
      {shown.length === 0 && (
        <p role="status" className="muted palette-empty">
          {fetched === null ? t('loading') : t('none')}
        </p>
      )}
      <p className="muted palette-hint">{t('hint')}</p>
    </Modal>
  );
}
