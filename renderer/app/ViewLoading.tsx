import { useT } from '../i18n/index.js';
import { appMessages } from './app-messages.js';

/** What a view shows while its chunk is on its way. */
export function ViewLoading({ view }: { readonly view: string }) {
  const t = useT(appMessages);
  return (
    <section className="view-loading" aria-label={view} aria-busy="true">
      <p role="status" className="muted">
        {t('loadingView', { view })}
      </p>
    </section>
  );
}
