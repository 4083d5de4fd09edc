import type { ContextMeasure } from './build-store.js';
import { contextSizeText, ignoredText } from './build-form.js';

/** What will be uploaded, measured by the backend after `.dockerignore`, shown before building. */
export function ContextSummary({
  measure,
  onRefresh,
}: {
  readonly measure: ContextMeasure;
  readonly onRefresh: () => void;
}) {
  return (
    <section className="context-summary" aria-label="Build context">
      <div role="status" aria-live="polite">
        {measure.state === 'idle' && <p className="muted">Enter a folder to see what will be sent.</p>}
        {measure.state === 'measuring' && <p className="muted">Measuring the context…</p>}
        {measure.state === 'error' && <p className="field-error">{measure.message}</p>}
        {measure.state === 'ready' && (
          <>
            <p>
              <strong>Context:</strong> {contextSizeText(measure.info)}
            </p>
            <p className="muted">
              {ignoredText(measure.info)}
              {!measure.info.dockerfileInContext &&
                ' The Dockerfile is outside the folder: it is sent under a generated name.'}
            </p>
          </>
        )}
      </div>
      {measure.state === 'ready' && measure.info.ignored.length > 0 && (
        <details>
          <summary>Left out by .dockerignore</summary>
          <ul className="name-list" aria-label="Left out by .dockerignore">
            {measure.info.ignored.map((name) => (
              <li key={name}>{name}</li>
            ))}
            {measure.info.ignoredCount > measure.info.ignored.length && (
              <li className="muted">…and {measure.info.ignoredCount - measure.info.ignored.length} more</li>
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
          Measure again
        </button>
      )}
    </section>
  );
}
