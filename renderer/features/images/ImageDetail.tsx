import { openRunDialog } from '../run/index.js';
import { onEngineOf, splitQualified } from '../../lib/engine-routing.js';
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
import { currentLanguage, translate, useT } from '../../i18n/index.js';
import { messages } from './messages.js';
import { wordReferenceProblem } from './reference-words.js';

type DetailTab = 'history' | 'inspect';

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
  const t = useT(messages);
  return (
    <Table
      className="history"
      label={t('layers')}
      columns={[t('colCreatedBy'), t('colSize'), t('colCreated'), t('colLayer')]}
    >
      {layers.map((layer, index) => (
        <tr key={`${layer.id}-${index}`}>
          <td>
            <code className="command">{layer.createdBy.replace(/^\/bin\/sh -c (#\(nop\) )?/, '')}</code>
          </td>
          <td>{formatBytes(layer.size)}</td>
          <td>
            {layer.created > 0 ? new Date(layer.created * 1000).toLocaleString(currentLanguage()) : '—'}
          </td>
          <td className="mono">
            {/* Docker's own marker for a layer built elsewhere, shown as the CLI shows it. */}
            {layer.id === '<missing>' ? layer.id : shortId(layer.id)}
          </td>
        </tr>
      ))}
    </Table>
  );
}

function TagForm({ image }: { readonly image: ImageSummary }) {
  const client = useClient();
  const t = useT(messages);
  const [target, setTarget] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const onSubmit = (): void => {
    const parsed = parseReference(target);
    if (!parsed.ok) {
      setProblem(wordReferenceProblem(parsed));
      return;
    }
    client.invoke('images.tag', { source: image.id, target: target.trim() }).then(
      ({ reference }) => {
        setTarget('');
        setProblem(null);
        notify(translate(messages, 'tagged', { reference }));
      },
      (err: unknown) => {
        setProblem(errorMessage(err));
      },
    );
  };
  return (
    <InlineForm
      formLabel={t('tagForm')}
      label={t('newTag')}
      inputClassName="search"
      placeholder={t('tagPlaceholder')}
      value={target}
      onChange={(value) => {
        setTarget(value);
        setProblem(null);
      }}
      submit={t('tag')}
      onSubmit={onSubmit}
      problem={problem}
    />
  );
}

/** One image: its names (push, untag), who uses it, its layers and its inspect document. */
/** The engine an image's key names, as the run dialog's option (`{}`: the lists' own engine). */
const engineOf = (key: string): { readonly engine?: string } => {
  const { engine } = splitQualified(key);
  return engine === undefined ? {} : { engine };
};

export function ImageDetail({ image }: { readonly image: ImageSummary }) {
  const client = useClient();
  const t = useT(messages);
  const headingId = useId();
  const tabs = [
    { id: 'history', label: t('tabHistory') },
    { id: 'inspect', label: t('tabInspect') },
  ] as const;
  const [tab, setTab] = useState<DetailTab>('history');
  const history = useImageDoc(() => client.invoke('images.history', { ref: image.id }), image.id);
  const inspect = useImageDoc<ImageInspect>(
    () => client.invoke('images.inspect', { ref: image.id }),
    image.id,
  );
  const title = image.repoTags[0] ?? `<none> ${shortId(image.id)}`;

  const untag = (reference: string): void => {
    client.invoke('images.untag', { references: [onEngineOf(image.id, reference)] }).then(
      ([outcome]) => {
        if (outcome && !outcome.ok)
          notify(translate(messages, 'couldNotUntag', { reference }), [outcome.error?.message ?? '']);
      },
      (err: unknown) => {
        notify(translate(messages, 'couldNotUntag', { reference }), [errorMessage(err)]);
      },
    );
  };
  const push = (reference: string): void => {
    client
      .invoke('images.push', { reference: onEngineOf(image.id, reference) })
      .then(applyTask, (err: unknown) => {
        notify(translate(messages, 'couldNotPush', { reference }), [errorMessage(err)]);
      });
  };

  return (
    <aside className="image-detail" aria-labelledby={headingId}>
      <header className="detail-head">
        <h2 id={headingId}>{title}</h2>
        <button
          type="button"
          className="button ghost"
          aria-label={t('closeDetails')}
          onClick={() => {
            openDetail(null);
          }}
        >
          ✕
        </button>
      </header>
      <p className="muted">
        {shortId(image.id)} · {formatBytes(image.size)}
        {image.usedBy.length > 0 ? t('usedBy', { users: usersText(image) }) : t('notUsed')}
      </p>
      {image.repoTags.length > 0 && (
        <ul className="tag-list" aria-label={t('names')}>
          {image.repoTags.map((reference) => (
            <li key={reference}>
              <code>{reference}</code>
              <button
                type="button"
                className="button"
                aria-label={t('runNamed', { reference })}
                onClick={() => {
                  openRunDialog({ image: reference, ...engineOf(image.id) });
                }}
              >
                {t('run')}
              </button>
              <button
                type="button"
                className="button"
                aria-label={t('pushNamed', { reference })}
                onClick={() => {
                  push(reference);
                }}
              >
                {t('push')}
              </button>
              {image.repoTags.length > 1 && (
                <button
                  type="button"
                  className="button"
                  aria-label={t('untagNamed', { reference })}
                  onClick={() => {
                    untag(reference);
                  }}
                >
                  {t('untag')}
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
          {t('removeImage')}
        </button>
      </div>
      <TabList label={t('details')} tabs={tabs} selected={tab} onSelect={setTab} idPrefix="image-detail" />
      <TabPanel idPrefix="image-detail" id="history" selected={tab === 'history'} className="detail-panel">
        {history.problem && <p role="alert">{history.problem}</p>}
        {history.doc ? (
          <HistoryTable layers={history.doc} />
        ) : (
          !history.problem && <p role="status">{t('loadingShort')}</p>
        )}
      </TabPanel>
      <TabPanel idPrefix="image-detail" id="inspect" selected={tab === 'inspect'} className="detail-panel">
        {inspect.problem && <p role="alert">{inspect.problem}</p>}
        {inspect.doc && <JsonTree value={inspect.doc} copyValue={inspect.doc} label={t('inspect')} />}
      </TabPanel>
    </aside>
  );
}
