import type { ContextMeasure } from './build-store.js';
import { contextSizeText, ignoredText } from './build-form.js';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';

/** What will be uploaded, measured by the backend after `.dockerignore`, shown before building. */
export function ContextSummary({
  measure,
  onRefresh,
}: {
  readonly measure: ContextMeasure;
  readonly onRefresh: () => void;
}) {
  const t = useT(messages);
  return (
    <section className="context-summary" aria-label={t('contextRegion')}>
      <div role="status" aria-live="polite">
        {measure.state === 'idle' && <p className="muted">{t('contextIdle')}</p>}
        {measure.state === 'measuring' && <p className="muted">{t('measuring')}</p>}
        {measure.state === 'error' && <p className="field-error">{measure.message}</p>}
        {measure.state === 'ready' && (
          <>
            <p>
              <strong>{t('contextLabel')}</strong> {contextSizeText(measure.info)}
            </p>
            <p className="muted">
              {ignoredText(measure.info)}
              {!measure.info.dockerfileInContext && t('dockerfileOutside')}
            </p>
          </>
        )}
      </div>
      {measure.state === 'ready' && measure.info.ignored.length > 0 && (
        <details>
          <summary>{t('leftOut')}</summary>
          <ul className="name-list" aria-label={t('leftOut')}>
            {measure.info.ignored.map((name) => (
              <li key={name}>{name}</li>
            ))}
            {measure.info.ignoredCount > measure.info.ignored.length && (
              <li className="muted">
                {t('more', { count: measure.info.ignoredCount - measure.info.ignored.length })}
              </li>
            )}
          </ul>
        </details>
      )}
      {measure.state !== 'idle' && (
        <button
          type="button"
          className="button ghost"
          onClick={onRefresh}
          disabled={measure.state === 'measuring'}
        >
          {t('measureAgain')}
        </button>
      )}
    </section>
  );
}
