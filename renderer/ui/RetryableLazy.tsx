import {
  Component,
  lazy,
  Suspense,
  useState,
  type ComponentType,
  type LazyExoticComponent,
  type ReactNode,
} from 'react';
import { useT } from '../i18n/index.js';
import { uiMessages } from './messages.js';

interface PanelBoundaryProps {
  readonly what: string;
  readonly onRetry: () => void;
  readonly children: ReactNode;
}

/**
 * A panel whose chunk never arrived (the retries of lib/chunk-import.ts spent) says so in place
 * and offers to ask again, instead of failing the view around it: the page stays where it was.
 */
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
  const reason = error instanceof Error ? error.message : String(error);
  return (
    <div role="alert" className="form-error">
      <p>{t('panelLoadFailed', { what, reason })}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('tryAgain')}
      </button>
    </div>
  );
}

export interface RetryableLazyProps<P extends object> {
  /** The panel's module, as a lazily imported default export. */
  readonly load: () => Promise<{ default: ComponentType<P> }>;
  readonly props: P;
  /** Names the panel in the failure ("the container's details"). */
  readonly what: string;
  readonly fallback: ReactNode;
}

/**
 * React.lazy remembers a rejected import for good: "Try again" makes a fresh lazy component (the
 * browser fetches a failed chunk again on a new import()) under a fresh boundary.
 */
export function RetryableLazy<P extends object>({ load, props, what, fallback }: RetryableLazyProps<P>) {
  const [attempt, setAttempt] = useState<{ n: number; Panel: LazyExoticComponent<ComponentType<P>> }>(() => ({
    n: 0,
    Panel: lazy(load),
  }));
  const { Panel } = attempt;
  return (
    <PanelBoundary
      key={attempt.n}
      what={what}
      onRetry={() => {
        setAttempt((a) => ({ n: a.n + 1, Panel: lazy(load) }));
      }}
    >
      <Suspense fallback={fallback}>
        <Panel {...props} />
      </Suspense>
    </PanelBoundary>
  );
}
