import { useCallback, useEffect, useId, useState, type SyntheticEvent } from 'react';
import type { DirEntry, DirListing, FilePreview } from '../../../shared/contract/files.js';
import {
  containerPathProblem,
  joinPath,
  parentPath,
  pathCrumbs,
} from '../../../shared/files/container-path.js';
import { startDownload } from '../../ipc/transfers.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { formatBytes } from '../../lib/format-bytes.js';
import { Table } from '../../ui/Table.js';
import { formatMode, formatModified } from './file-format.js';
import type { FileSource } from './file-source.js';
import { pathProblemText } from './path-problem.js';
import './file-browser.css';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';

type Notice = { readonly kind: 'status' | 'alert'; readonly text: string } | null;

/**
 * Browses a filesystem one folder at a time: breadcrumb, a path field, a table of the folder
 * (folders first), a text preview, downloads, and uploads where the source allows them.
 */
export function FileBrowser({
  source,
  initialPath = '/',
}: {
  readonly source: FileSource;
  readonly initialPath?: string;
}) {
  const t = useT(messages);
  const [path, setPath] = useState(initialPath);
  const [listing, setListing] = useState<DirListing | null>(null);
  /** Which request the shown listing answers: loading while it is not the current one. */
  const [answered, setAnswered] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [preview, setPreview] = useState<FilePreview | null>(null);
  const [typed, setTyped] = useState(initialPath);
  const [reload, setReload] = useState(0);
  const fieldId = useId();
  const uploadId = useId();

  const request = `${reload}:${path}`;
  const loading = answered !== request;
  useEffect(() => {
    let cancelled = false;
    source.list(path).then(
      (value) => {
        if (cancelled) return;
        setListing(value);
        setAnswered(request);
        // A good listing ends an earlier listing's error; it keeps what an upload just said (its
        // own reload brings the listing). Moving to another folder clears the notice (go).
        setNotice((current) => (current?.kind === 'alert' ? null : current));
      },
      (err: unknown) => {
        if (cancelled) return;
        setAnswered(request);
        setNotice({ kind: 'alert', text: errorMessage(err) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [source, path, request]);

  const go = useCallback((next: string) => {
    setPath(next);
    setTyped(next);
    setPreview(null);
    setNotice(null);
  }, []);

  const onSubmit = (event: SyntheticEvent): void => {
    event.preventDefault();
    const problem = containerPathProblem(typed);
    if (problem) setNotice({ kind: 'alert', text: pathProblemText(problem) });
    else go(typed);
  };

  const view = async (entry: DirEntry): Promise<void> => {
    try {
      setPreview(await source.preview(joinPath(path, entry.name)));
    } catch (err) {
      setNotice({ kind: 'alert', text: errorMessage(err) });
    }
  };

  const download = async (target: string, format: 'raw' | 'tar'): Promise<void> => {
    try {
      startDownload(await source.download(target, format));
    } catch (err) {
      setNotice({ kind: 'alert', text: errorMessage(err) });
    }
  };

  const upload = async (file: File): Promise<void> => {
    if (!source.upload) return;
    setNotice({ kind: 'status', text: t('uploading', { name: file.name }) });
    try {
      const result = await source.upload(path, file);
      setNotice({
        kind: 'status',
        text: t('uploaded', { path: result.path, size: formatBytes(result.size) }),
      });
      setReload((n) => n + 1);
    } catch (err) {
      setNotice({ kind: 'alert', text: errorMessage(err) });
    }
  };

  const crumbs = pathCrumbs(path);
  return (
    <div className="file-browser">
      <nav aria-label={t('breadcrumb')} className="crumbs">
        <ol>
          {crumbs.map((crumb, i) => (
            <li key={crumb.path}>
              {i === crumbs.length - 1 ? (
                <span aria-current="location">{crumb.name}</span>
              ) : (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    go(crumb.path);
                  }}
                >
                  {crumb.name}
                </button>
              )}
            </li>
          ))}
        </ol>
      </nav>
      <div className="toolbar file-toolbar">
        <form onSubmit={onSubmit} className="path-form">
          <label htmlFor={fieldId}>{t('path')}</label>
          <input
            id={fieldId}
            className="search"
            value={typed}
            maxLength={4096}
            spellCheck={false}
            onChange={(event) => {
              setTyped(event.currentTarget.value);
            }}
          />
          <button type="submit" className="button">
            {t('go')}
          </button>
        </form>
        <button
          type="button"
          className="button"
          disabled={path === '/'}
          onClick={() => {
            go(parentPath(path));
          }}
        >
          {t('up')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            setReload((n) => n + 1);
          }}
        >
          {t('refresh')}
        </button>
        <button type="button" className="button" onClick={() => void download(path, 'tar')}>
          {t('downloadFolder')}
        </button>
        {source.upload && (
          <span className="upload">
            <label htmlFor={uploadId} className="button">
              {t('uploadFile')}
            </label>
            <input
              id={uploadId}
              type="file"
              className="visually-hidden"
              aria-label={t('uploadInto', { path })}
              onChange={(event) => {
                const file = event.currentTarget.files?.[0];
                event.currentTarget.value = '';
                if (file) void upload(file);
              }}
            />
          </span>
        )}
      </div>
      {notice && (
        <p role={notice.kind} className={notice.kind === 'alert' ? 'log-status error' : 'log-status'}>
          {notice.text}
        </p>
      )}
      {loading && (
        <p role="status" className="muted">
          {t('loadingPath', { path })}
        </p>
      )}
      {listing?.truncated && (
        <p role="status" className="hint">
          {t('truncated', { count: listing.entries.length })}
        </p>
      )}
      {listing && (
        <Table
          scroll
          className="table files-table"
          label={source.label}
          columns={[
            t('colName'),
            t('colSize'),
            t('colModified'),
            t('colMode'),
            { title: t('colActions'), hidden: true },
          ]}
          empty={listing.entries.length === 0 && (source.upload ? t('emptyUpload') : t('empty'))}
        >
          {listing.entries.map((entry) => {
            const full = joinPath(listing.path, entry.name);
            return (
              <tr key={entry.name}>
                <th scope="row">
                  {entry.kind === 'directory' ? (
                    <button
                      type="button"
                      className="link-button"
                      aria-label={t('openNamed', { name: entry.name })}
                      onClick={() => {
                        go(full);
                      }}
                    >
                      {entry.name}/
                    </button>
                  ) : entry.kind === 'file' ? (
                    <button
                      type="button"
                      className="link-button"
                      aria-label={t('viewNamed', { name: entry.name })}
                      onClick={() => void view(entry)}
                    >
                      {entry.name}
                    </button>
                  ) : (
                    <span>
                      {entry.name}
                      {entry.linkTarget !== null && <span className="muted"> → {entry.linkTarget}</span>}
                    </span>
                  )}
                </th>
                <td>{formatBytes(entry.size)}</td>
                <td>{formatModified(entry.modified)}</td>
                <td>
                  <code>{formatMode(entry)}</code>
                </td>
                <td>
                  {entry.kind === 'file' && (
                    <button
                      type="button"
                      className="button ghost"
                      aria-label={t('downloadNamed', { name: entry.name })}
                      onClick={() => void download(full, 'raw')}
                    >
                      {t('download')}
                    </button>
                  )}
                  {entry.kind === 'directory' && (
                    <button
                      type="button"
                      className="button ghost"
                      aria-label={t('downloadTarNamed', { name: entry.name })}
                      onClick={() => void download(full, 'tar')}
                    >
                      {t('downloadTar')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </Table>
      )}
      {preview && (
        <PreviewPane
          preview={preview}
          onClose={() => {
            setPreview(null);
          }}
        />
      )}
    </div>
  );
}

function PreviewPane({ preview, onClose }: { readonly preview: FilePreview; readonly onClose: () => void }) {
  const t = useT(messages);
  const headingId = useId();
  return (
    <section className="file-preview" aria-labelledby={headingId}>
      <header className="file-preview-header">
        <h2 id={headingId}>{t('previewOf', { path: preview.path })}</h2>
        <button type="button" className="button ghost" onClick={onClose}>
          {t('closePreview')}
        </button>
      </header>
      {preview.binary ? (
        <p role="status">{t('binary', { size: formatBytes(preview.size) })}</p>
      ) : (
        <>
          {preview.truncated && (
            <p role="status" className="hint">
              {t('previewTruncated', { size: formatBytes(preview.size) })}
            </p>
          )}
          <pre className="file-text" tabIndex={0} aria-label={t('textOf', { path: preview.path })}>
            {preview.text}
          </pre>
        </>
      )}
    </section>
  );
}
