import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface TabItem<T extends string> {
  readonly id: T;
  readonly label: string;
}

interface TabListProps<T extends string> {
  readonly label: string;
  readonly tabs: readonly TabItem<T>[];
  readonly selected: T;
  readonly onSelect: (id: T) => void;
  /** Prefix for the tab and panel element ids. */
  readonly idPrefix: string;
  readonly className?: string;
  /** Extra content per tab (a close button), rendered after the tab. */
  readonly after?: (id: T) => ReactNode;
}

export const tabId = (prefix: string, id: string): string => `${prefix}-tab-${id}`;
export const panelId = (prefix: string, id: string): string => `${prefix}-panel-${id}`;

/**
 * WAI-ARIA tabs with automatic activation: one tab stop (the selected tab); Left/Right move
 * and select, Home/End go to the ends.
 */
export function TabList<T extends string>({
  label,
  tabs,
  selected,
  onSelect,
  idPrefix,
  className,
  after,
}: TabListProps<T>) {
  const ref = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const index = tabs.findIndex((t) => t.id === selected);
    const moves: Partial<Record<string, number>> = {
      ArrowRight: (index + 1) % tabs.length,
      ArrowLeft: (index - 1 + tabs.length) % tabs.length,
      Home: 0,
      End: tabs.length - 1,
    };
    const next = moves[event.key];
    const tab = next === undefined ? undefined : tabs[next];
    if (!tab || !(event.target instanceof HTMLElement) || event.target.getAttribute('role') !== 'tab') return;
    event.preventDefault();
    onSelect(tab.id);
    ref.current?.querySelector<HTMLElement>(`#${CSS.escape(tabId(idPrefix, tab.id))}`)?.focus();
  };
  return (
    <div ref={ref} role="tablist" aria-label={label} className={className ?? 'tabs'} onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <span key={tab.id} className="tab-wrap">
          <button
            type="button"
            role="tab"
            id={tabId(idPrefix, tab.id)}
            aria-selected={tab.id === selected}
            aria-controls={panelId(idPrefix, tab.id)}
            tabIndex={tab.id === selected ? 0 : -1}
            className="tab"
            onClick={() => {
              onSelect(tab.id);
            }}
          >
            {tab.label}
          </button>
          {after?.(tab.id)}
        </span>
      ))}
    </div>
  );
}

interface TabPanelProps {
  readonly idPrefix: string;
  readonly id: string;
  readonly selected: boolean;
  readonly className?: string;
  readonly children: ReactNode;
}

/** Stays mounted when not selected (a terminal session survives a look at the stats), hidden. */
export function TabPanel({ idPrefix, id, selected, className, children }: TabPanelProps) {
  return (
    <div
      role="tabpanel"
      id={panelId(idPrefix, id)}
      aria-labelledby={tabId(idPrefix, id)}
      hidden={!selected}
      className={className ?? 'tab-panel'}
    >
      {children}
    </div>
  );
}
