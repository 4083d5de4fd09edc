import { openRunDialog } from '../run/index.js';
import { useEffect, useId, useState } from 'react';
import type { ImageHistoryEntry, ImageInspect, ImageSummary } from '../../../shared/contract/images.js';
import { parseReference } from '../../../shared/images/reference.js';
import { useClient } from '../../lib/client-context.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { TabList, TabPanel } from '../../ui/Tabs.js';
import { Table } from '../../ui/Table.js';
import { InlineForm } from '../../ui/InlineForm.js';
import { JsonTree } from '../inspect/index.js';
import { notify } from '../../lib/notifications-store.js';
import { formatBytes } from '../../lib/format-bytes.js';
import { shortId, usersText } from './image-rows.js';
import { applyTask, openDetail, openRemove } from './images-store.js';

type DetailTab = 'history' | 'inspect';
const TABS = [
  { id: 'history', label: 'History' },
  { id: 'inspect', label: 'Inspect' },
] as const;

function useImageDoc<T>(load: () => Promise<T>, key: string): { doc: T | null; problem: string | null } {
  const [state, setState] = useState<{ key: string; doc: T | null; problem: string | null }>({
    key: '',
    doc: null,
    problem: null,
  });
  useEffect(() => {
    let cancelled = false;
    load().then(
      (doc) => {
        if (!cancelled) setState({ key, doc, problem: null });
      },
      (err: unknown) => {
        if (!cancelled) setState({ key, doc: null, problem: errorMessage(err) });
      },
    );
    return () => {
      cancelled = true;
    };
    // `load` is a fresh closure each render; `key` says when it asks for something else.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state.key === key ? state : { doc: null, problem: null };
}

function HistoryTable({ layers }: { readonly layers: readonly ImageHistoryEntry[] }) {
  return (
    <Table className="history" label="Layers" columns={['Created by', 'Size', 'Created', 'Layer']}>
      {layers.map((layer, index) => (
        <tr key={`${layer.id}-${index}`}>
          <td>
            <code className="command">{layer.createdBy.replace(/^\/bin\/sh -c (#\(nop\) )?/, '')}</code>
          </td>
          <td>{formatBytes(layer.size)}</td>
          <td>{layer.created > 0 ? new Date(layer.created * 1000).toLocaleString() : '—'}</td>
          <td className="mono">{layer.id === '<missing>' ? '<missing>' : shortId(layer.id)}</td>
        </tr>
      ))}
    </Table>
  );
}

function TagForm({ image }: { readonly image: ImageSummary }) {
  const client = useClient();
  const [target, setTarget] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const onSubmit = (): void => {
    const parsed = parseReference(target);
    if (!parsed.ok) {
      setProblem(parsed.message);
      return;
    }
    client.invoke('images.tag', { source: image.id, target: target.trim() }).then(
      ({ reference }) => {
        setTarget('');
        setProblem(null);
        notify(`Tagged ${reference}`);
      },
      (err: unknown) => {
        setProblem(errorMessage(err));
      },
    );
  };
  return (
    <InlineForm
      formLabel="Tag this image"
      label="New tag"
      inputClassName="search"
      placeholder="127.0.0.1:5000/app:1"
      value={target}
      onChange={(value) => {
        setTarget(value);
        setProblem(null);
      }}
      submit="Tag"
      onSubmit={onSubmit}
      problem={problem}
    />
  );
}

/** One image: its names (push, untag), who uses it, its layers and its inspect document. */
export function ImageDetail({ image }: { readonly image: ImageSummary }) {
  const client = useClient();
  const headingId = useId();
  const [tab, setTab] = useState<DetailTab>('history');
  const history = useImageDoc(() => client.invoke('images.history', { ref: image.id }), image.id);
  const inspect = useImageDoc<ImageInspect>(
    () => client.invoke('images.inspect', { ref: image.id }),
    image.id,
  );
  const title = image.repoTags[0] ?? `<none> ${shortId(image.id)}`;

  const untag = (reference: string): void => {
    client.invoke('images.untag', { references: [reference] }).then(
      ([outcome]) => {
        if (outcome && !outcome.ok) notify(`Could not untag ${reference}`, [outcome.error?.message ?? '']);
      },
      (err: unknown) => {
        notify(`Could not untag ${reference}`, [errorMessage(err)]);
      },
    );
  };
  const push = (reference: string): void => {
    client.invoke('images.push', { reference }).then(applyTask, (err: unknown) => {
      notify(`Could not push ${reference}`, [errorMessage(err)]);
    });
  };

  return (
    <aside className="image-detail" aria-labelledby={headingId}>
      <header className="detail-head">
        <h2 id={headingId}>{title}</h2>
        <button
          type="button"
          className="button ghost"
          aria-label="Close image details"
          onClick={() => {
            openDetail(null);
          }}
        >
          ✕
        </button>
      </header>
      <p className="muted">
        {shortId(image.id)} · {formatBytes(image.size)}
        {image.usedBy.length > 0 ? ` · used by ${usersText(image)}` : ' · not used by any container'}
      </p>
      {image.repoTags.length > 0 && (
        <ul className="tag-list" aria-label="Names of this image">
          {image.repoTags.map((reference) => (
            <li key={reference}>
              <code>{reference}</code>
              <button
                type="button"
                className="button"
                aria-label={`Run ${reference}`}
                onClick={() => {
                  openRunDialog({ image: reference });
                }}
              >
                Run…
              </button>
              <button
                type="button"
                className="button"
                aria-label={`Push ${reference}`}
                onClick={() => {
                  push(reference);
                }}
              >
                Push
              </button>
              {image.repoTags.length > 1 && (
                <button
                  type="button"
                  className="button"
                  aria-label={`Untag ${reference}`}
                  onClick={() => {
                    untag(reference);
                  }}
                >
                  Untag
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="detail-actions">
        <TagForm image={image} />
        <button
          type="button"
          className="button danger"
          onClick={() => {
            openRemove([image.id]);
          }}
        >
          Remove image…
        </button>
      </div>
      <TabList label="Image details" tabs={TABS} selected={tab} onSelect={setTab} idPrefix="image-detail" />
      <TabPanel idPrefix="image-detail" id="history" selected={tab === 'history'} className="detail-panel">
        {history.problem && <p role="alert">{history.problem}</p>}
        {history.doc ? (
          <HistoryTable layers={history.doc} />
        ) : (
          !history.problem && <p role="status">Loading…</p>
        )}
      </TabPanel>
      <TabPanel idPrefix="image-detail" id="inspect" selected={tab === 'inspect'} className="detail-panel">
        {inspect.problem && <p role="alert">{inspect.problem}</p>}
        {inspect.doc && <JsonTree value={inspect.doc} copyValue={inspect.doc} label="Image inspect" />}
      </TabPanel>
    </aside>
  );
}
