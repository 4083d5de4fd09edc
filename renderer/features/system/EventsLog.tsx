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
import { countOf } from '../../../shared/text/plural.js';

const TYPES: readonly (EngineEventType | 'all')[] = ['all', ...ENGINE_EVENT_TYPES];
const TYPE_OPTIONS = TYPES.map((t) => ({ value: t, label: t }));

const time = (ms: number): string => (ms > 0 ? new Date(ms).toLocaleTimeString() : '—');

/** The engine's live events, newest first, filtered; collected only while shown and not paused. */
export function EventsLog() {
  const client = useClient();
  const headingId = useId();
  const visible = usePageVisible();
  const { log, filter, paused } = useEventsStore(
    useShallow((s) => ({ log: s.log, filter: s.filter, paused: s.paused })),
  );
  useEventFeed(client, visible && !paused);

  const rows = useMemo(() => log.events.filter((e) => matchesEvent(e, filter)).reverse(), [log, filter]);
  const state = paused ? 'Paused.' : visible ? 'Live.' : 'Paused while the window is hidden.';

  return (
    <section aria-labelledby={headingId} className="card">
      <header className="view-header">
        <h2 id={headingId}>Events</h2>
        <button
          type="button"
          className="button"
          aria-pressed={paused}
          onClick={() => {
            setEventsPaused(!paused);
          }}
        >
          {paused ? 'Resume' : 'Pause'}
        </button>
        <button type="button" className="button ghost" onClick={clearEvents}>
          Clear
        </button>
      </header>
      <div className="toolbar events-filters" role="group" aria-label="Event filters">
        <SelectField
          className="inline-field"
          label="Type"
          value={filter.type}
          options={TYPE_OPTIONS}
          onChange={(type) => {
            setEventFilter({ type });
          }}
        />
        <SearchField
          label="Action"
          placeholder="Action, e.g. start"
          value={filter.action}
          onChange={(action) => {
            setEventFilter({ action });
          }}
        />
        <SearchField
          label="Actor"
          placeholder="Actor name or id"
          value={filter.actor}
          onChange={(actor) => {
            setEventFilter({ actor });
          }}
        />
      </div>
      <p role="status" className="muted">
        {state} Showing {rows.length} of {countOf(log.events.length, 'event')} (the last {MAX_EVENTS} are kept
        {log.dropped > 0 ? `; ${log.dropped} older dropped` : ''}).
      </p>
      <div className="events-scroll">
        <Table className="data-table" label="Engine events" columns={['Time', 'Type', 'Action', 'Actor']}>
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
      </div>
    </section>
  );
}
