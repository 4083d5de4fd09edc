import { useId, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useClient } from '../../lib/client-context.js';
import { BuildDialog } from '../build/index.js';
import { closeLogin, LoginDialog, useLoginStore } from '../registry/index.js';
import { formatBytes } from '../../lib/format-bytes.js';
import { NoMatches } from '../../ui/NoMatches.js';
import { imageRows, sizeOfAll } from './image-rows.js';
import { ImageDetail } from './ImageDetail.js';
import { ImageList } from './ImageList.js';
import { ImagesToolbar } from './ImagesToolbar.js';
import { setFilter, setSearch, useImagesStore } from './images-store.js';
import { PullForm } from './PullForm.js';
import { RemoveImagesDialog } from './RemoveImagesDialog.js';
import { TransferList } from './TransferList.js';
import { useImagesLive } from './use-images-live.js';
import './images.css';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';

function Login() {
  const login = useLoginStore((s) => s.login);
  return login ? <LoginDialog registry={login.registry} onClose={closeLogin} /> : null;
}

export function ImagesView() {
  const client = useClient();
  const t = useT(messages);
  useImagesLive(client);
  const headingId = useId();
  const { images, diskUse, loaded, problem, filter, search, detailId } = useImagesStore(
    useShallow((s) => ({
      images: s.images,
      diskUse: s.diskUse,
      loaded: s.loaded,
      problem: s.problem,
      filter: s.filter,
      search: s.search,
      detailId: s.detailId,
    })),
  );
  const rows = useMemo(() => imageRows(images, filter, search), [images, filter, search]);
  const ids = useMemo(() => [...new Set(rows.map((row) => row.image.id))], [rows]);
  const detail = detailId === null ? undefined : images.find((image) => image.id === detailId);

  return (
    <section className="images-view" aria-labelledby={headingId}>
      <header className="view-header">
        <h1 id={headingId}>{t('title')}</h1>
        <span className="muted">
          {t('summary', { count: images.length, size: formatBytes(diskUse ?? sizeOfAll(images)) })}
        </span>
        {problem && (
          <span role="alert" className="stale-note">
            {problem}
          </span>
        )}
      </header>
      <PullForm />
      <TransferList />
      <ImagesToolbar />
      <div className="images-body">
        {rows.length > 0 ? (
          <ImageList rows={rows} ids={ids} />
        ) : (
          <div className="empty" role="status">
            {!loaded ? (
              <p>{t('loading')}</p>
            ) : images.length > 0 ? (
              <NoMatches
                what={t('what')}
                onShowAll={() => {
                  setFilter('all');
                  setSearch('');
                }}
              />
            ) : (
              <p>{t('empty')}</p>
            )}
          </div>
        )}
        {detail && <ImageDetail key={detail.id} image={detail} />}
      </div>
      <RemoveImagesDialog />
      <BuildDialog />
      <Login />
    </section>
  );
}
