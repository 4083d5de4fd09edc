import { useClient } from '../../lib/client-context.js';
import { customizeRun, runImage } from './run-image.js';
import { useDiscoverStore } from './discover-store.js';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';

interface RunButtonsProps {
  /** What to pull and run: `registry/repo:tag`, `nginx`. */
  readonly image: string;
  readonly platform?: string;
}

/** One click (Kitematic's defaults), Customize… (the run dialog pre-filled), and a star. */
export function RunButtons({ image, platform }: RunButtonsProps) {
  const client = useClient();
  const t = useT(messages);
  const starred = useDiscoverStore((s) => s.favorites.starred.includes(image));
  return (
    <span className="discover-run-buttons">
      <button
        type="button"
        className="button primary"
        aria-label={t('runNamed', { name: image })}
        onClick={() => void runImage(client, image, platform)}
      >
        {t('run')}
      </button>
      <button
        type="button"
        className="button"
        aria-label={t('customizeNamed', { name: image })}
        onClick={() => void customizeRun(client, image, platform)}
      >
        {t('customize')}
      </button>
      <button
        type="button"
        className="button ghost"
        aria-pressed={starred}
        aria-label={t('starNamed', { name: image })}
        onClick={() => {
          client.invoke('discover.star', { image, starred: !starred }).then(
            (favorites) => {
              useDiscoverStore.setState({ favorites });
            },
            () => undefined,
          );
        }}
      >
        {starred ? '★' : '☆'}
      </button>
    </span>
  );
}
