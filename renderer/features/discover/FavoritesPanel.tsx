import { useId } from 'react';
import { useDiscoverStore } from './discover-store.js';
import { RunButtons } from './RunButtons.js';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';

function ImageList({ title, images }: { readonly title: string; readonly images: readonly string[] }) {
  const id = useId();
  if (images.length === 0) return null;
  return (
    <section aria-labelledby={id} className="discover-favorites-list">
      <h3 id={id}>{title}</h3>
      <ul className="discover-list">
        {images.map((image) => (
          <li key={image}>
            <span className="discover-image-name">{image}</span>
            <RunButtons image={image} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Kitematic's first screen: what was run lately and what the person starred. */
export function FavoritesPanel() {
  const recent = useDiscoverStore((s) => s.favorites.recent);
  const starred = useDiscoverStore((s) => s.favorites.starred);
  const t = useT(messages);
  if (recent.length === 0 && starred.length === 0) return <p className="muted">{t('emptyFavorites')}</p>;
  return (
    <div className="discover-favorites">
      <ImageList title={t('recentlyRun')} images={recent.map((r) => r.image)} />
      <ImageList title={t('starred')} images={starred} />
    </div>
  );
}
