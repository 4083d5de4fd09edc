import { Component, useState, type ComponentType, type ReactNode } from 'react';
import { useT } from '../i18n/index.js';
import { errorMessage } from '../ipc/rpc-error.js';
import { useChunk, type ChunkLoader } from '../lib/use-chunk.js';
import { uiMessages } from './messages.js';

interface PanelBoundaryProps {
  readonly what: string;
  readonly onRetry: () => void;
  readonly children: ReactNode;
}

/** A panel that throws while it draws fails in place too, with the same offer to try again. */
class PanelBoundary extends Component<PanelBoundaryProps, { readonly error: unknown }> {
  override state: { readonly error: unknown } = { error: null };
  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error };
  }
  override render() {
    if (this.state.error === null) return this.props.children;
    return <PanelFailed what={this.props.what} error={this.state.error} onRetry={this.props.onRetry} />;
  }
}

function PanelFailed({ what, error, onRetry }: { what: string; error: unknown; onRetry: () => void }) {
  const t = useT(uiMessages);
  return (
    <div role="alert" className="form-error">
      <p>{t('panelLoadFailed', { what, reason: errorMessage(error) })}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('tryAgain')}
      </button>
    </div>
  );
}

export interface RetryableLazyProps<P extends object> {
  /** The panel's component, fetched by its chunk's loader (made once, at module scope). */
  readonly loader: ChunkLoader<ComponentType<P>>;
  readonly props: P;
  /** Names the panel in the failure ("the container's details"). */
  readonly what: string;
  readonly fallback: ReactNode;
}

/**
 * A lazily loaded panel. A chunk that never arrived (the retries of lib/chunk-import.ts spent) is
 * said in place with an offer to ask again (the browser fetches a failed chunk again on a new
 * import()), instead of failing the view around it: the page stays where it was. The boundary
 * catches what the panel itself throws.
 */
export function RetryableLazy<P extends object>({ loader, props, what, fallback }: RetryableLazyProps<P>) {
  const { state, retry } = useChunk(loader);
  const [attempt, setAttempt] = useState(0);
  if (state.status === 'loading') return <>{fallback}</>;
  if (state.status === 'failed') return <PanelFailed what={what} error={state.error} onRetry={retry} />;
  const Panel = state.value;
  return (
    <PanelBoundary
      key={attempt}
      what={what}
      onRetry={() => {
        setAttempt((n) => n + 1);
      }}
    >
      <Panel {...props} />
    </PanelBoundary>
  );
}
