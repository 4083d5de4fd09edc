import { useId, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ENGINE_EVENT_TYPES, type EngineEventType } from '../../../shared/contract/engine.js';
import { eventTimeMs, matchesEvent } from '../../../shared/system/event-log.js';
import { useClient } from '../../lib/client-context.js';
import { SearchField } from '../../ui/SearchField.js';
import { SelectField } from '../../ui/SelectField.js';
import { Table } from '../../ui/Table.js';
import { usePageVisible } from '../../ui/use-page-visible.js';
import { clearEvents, MAX_EVENTS, setEventFilter, setEventsPaused, useEventsStore } from './events-store.js';
import { useEventFeed } from './use-event-feed.js';
import { currentLanguage, useT } from '../../i18n/index.js';
import { messages } from './messages.js';

const TYPES: readonly (EngineEventType | 'all')[] = ['all', ...ENGINE_EVENT_TYPES];

const time = (ms: number): string => (ms > 0 ? new Date(ms).toLocaleTimeString(currentLanguage()) : '—');

/** The engine's live events, newest first, filtered; collected only while shown and not paused. */
export function EventsLog() {
  const client = useClient();
  const t = useT(messages);
  // Event types are the engine's own words (container, image…); only "all" is ours.
  const typeOptions = TYPES.map((type) => ({ value: type, label: type === 'all' ? t('allTypes') : type }));
  const headingId = useId();
  const visible = usePageVisible();
  const { log, filter, paused } = useEventsStore(
    useShallow((s) => ({ log: s.log, filter: s.filter, paused: s.paused })),
  );
  useEventFeed(client, visible && !paused);

  const rows = useMemo(() => log.events.filter((e) => matchesEvent(e, filter)).reverse(), [log, filter]);
  const state = paused ? t('paused') : visible ? t('live') : t('hiddenPaused');

  return (
    <section aria-labelledby={headingId} className="card">
      <header className="view-header">
        <h2 id={headingId}>{t('events')}</h2>
        <button
          type="button"
          className="button"
          aria-pressed={paused}
          onClick={() => {
            setEventsPaused(!paused);
          }}
        >
          {paused ? t('resume') : t('pause')}
        </button>
        <button type="button" className="button ghost" onClick={clearEvents}>
          {t('clear')}
        </button>
      </header>
      <div className="toolbar events-filters" role="group" aria-label={t('filters')}>
        <SelectField
          className="inline-field"
          label={t('type')}
          value={filter.type}
          options={typeOptions}
          onChange={(type) => {
            setEventFilter({ type });
          }}
        />
        <SearchField
          label={t('action')}
          placeholder={t('actionPlaceholder')}
          value={filter.action}
          onChange={(action) => {
            setEventFilter({ action });
          }}
        />
        <SearchField
          label={t('actor')}
          placeholder={t('actorPlaceholder')}
          value={filter.actor}
          onChange={(actor) => {
            setEventFilter({ actor });
          }}
        />
      </div>
      <p role="status" className="muted">
        {t('showing', {
          state,
          shown: rows.length,
          count: log.events.length,
          max: MAX_EVENTS,
          dropped: log.dropped > 0 ? t('dropped', { count: log.dropped }) : '',
        })}
      </p>
      <div className="events-scroll">
        <Table
          className="data-table"
          label={t('eventsTable')}
          columns={[t('colTime'), t('colType'), t('colAction'), t('colActor')]}
        >
          {rows.map((e, i) => (
            <tr key={`${e.timeNano}-${e.id}-${e.action}-${i}`}>
              <td>{time(eventTimeMs(e))}</td>
              <td>{e.type}</td>
              <td>{e.action}</td>
              <td>
                {e.name ?? ''} <code className="muted">{e.id.replace(/^sha256:/, '').slice(0, 12)}</code>
              </td>
            </tr>
          ))}
        </Table>
        {rows.length === 0 && (
          <p className="muted">{log.events.length === 0 ? t('noEvents') : t('noMatchingEvents')}</p>
        )}
      </div>
    </section>
  );
}
