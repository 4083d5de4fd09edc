import { Component, lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { errorMessage } from '../ipc/rpc-error.js';
import { useT } from '../i18n/index.js';
import { appMessages } from './app-messages.js';
import { isChunkLoadError } from '../lib/chunk-import.js';
import { reloadOnce } from './chunk-reload.js';
import { afterFirstScreen } from './bootstrap.js';
import { preloadViews } from './section-views.js';
import { ViewLoading } from './ViewLoading.js';
import { AlertCenter } from '../features/alerts/index.js';
import { UpdateScheduler } from '../features/container-tools/index.js';
import { loadCommandPalette, type PaletteCommand } from '../features/palette/index.js';
import { RunDialogHost } from '../features/run/index.js';
import { ShortcutsDialog } from '../features/shortcuts/index.js';
import { TaskTray } from '../features/tasks/index.js';

/**
 * What the first screen does not need is mounted only once the first screen is in (the first
 * state fetch settled) and the page is idle, so none of it delays the first row: each shows
 * nothing until someone opens it or something happens (a task, an alert). Their code is in the
 * first chunk anyway (the list's own controls use these features), except the palette's, which
 * reaches every view's objects and is fetched only here.
 */
const CommandPalette = lazy(() => loadCommandPalette().then((m) => ({ default: m.CommandPalette })));

/** The page's idle time after `ms` at the latest; a plain timer where requestIdleCallback is missing. */
const whenIdle = (run: () => void, ms: number): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: ms });
    return () => {
      cancelIdleCallback(handle);
    };
  }
  const timer = setTimeout(run, 1);
  return () => {
    clearTimeout(timer);
  };
};

/** True once the first screen is in and the page was idle (2 s later at most), or 5 s after mount without a backend. */
const useAfterFirstScreen = (): boolean => {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const mount = (): void => {
      setReady(true);
    };
    let cancelIdle = (): void => undefined;
    const offFirst = afterFirstScreen(() => {
      cancelIdle = whenIdle(mount, 2000);
    });
    const fallback = setTimeout(mount, 5000);
    return () => {
      offFirst();
      cancelIdle();
      clearTimeout(fallback);
    };
  }, []);
  useEffect(() => {
    if (!ready) return undefined;
    // The other views next, so a click on the sidebar finds them loaded.
    return whenIdle(preloadViews, 2000);
  }, [ready]);
  return ready;
};

/**
 * The app's hosts for dialogs, toasts, the task tray and background checks, mounted after the
 * first screen, around the notices corner (which is there from the start), in the same order as
 * before they were deferred.
 */
export function DeferredHosts({
  commands,
  notices,
}: {
  readonly commands: readonly PaletteCommand[];
  readonly notices: ReactNode;
}) {
  const ready = useAfterFirstScreen();
  // Every child keeps its place whether or not the rest is mounted: the notices never remount.
  const host = (name: string, node: ReactNode): ReactNode =>
    ready && <HostBoundary name={name}>{node}</HostBoundary>;
  return (
    <>
      {host('task tray', <TaskTray />)}
      {host('run dialog', <RunDialogHost />)}
      {host(
        'command palette',
        <Suspense fallback={null}>
          <CommandPalette commands={commands} />
        </Suspense>,
      )}
      {host('shortcuts', <ShortcutsDialog />)}
      {notices}
      {host('alerts', <AlertCenter />)}
      {host('update checks', <UpdateScheduler />)}
    </>
  );
}

/**
 * A deferred host that failed (its chunk never arrived, or it threw) shows nothing rather than
 * taking the app down with it: without a boundary React unmounts the whole page, the list with it.
 */
class HostBoundary extends Component<
  { readonly name: string; readonly children: ReactNode },
  { readonly failed: boolean }
> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override componentDidCatch(error: unknown): void {
    console.warn(`berth: the ${this.props.name} could not load`, error);
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

interface BoundaryState {
  readonly error: unknown;
  /** A chunk that failed to arrive: the page is reloading to fetch it afresh. */
  readonly reloading: boolean;
}

/** A view whose chunk could not be fetched says so instead of taking the whole app down. */
class ViewErrorBoundary extends Component<
  { readonly fallback: (error: unknown, reloading: boolean) => ReactNode; readonly children: ReactNode },
  BoundaryState
> {
  override state: BoundaryState = { error: null, reloading: false };
  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error };
  }
  override componentDidCatch(error: unknown): void {
    const reload = (): void => {
      window.location.reload();
    };
    if (isChunkLoadError(error) && reloadOnce({ now: Date.now(), storage: sessionStorage, reload })) {
      this.setState({ reloading: true });
    }
  }
  override render() {
    return this.state.error === null
      ? this.props.children
      : this.props.fallback(this.state.error, this.state.reloading);
  }
}

/** Where a lazily loaded view goes: a labelled loading state while its chunk arrives, an alert if it cannot. */
export function ViewSlot({ view, children }: { readonly view: string; readonly children: ReactNode }) {
  const t = useT(appMessages);
  return (
    <ViewErrorBoundary
      fallback={(error, reloading) =>
        reloading ? (
          <p role="status" className="muted">
            {t('viewReloading', { view })}
          </p>
        ) : (
          <div role="alert" className="form-error">
            <p>{t('viewLoadFailed', { view, reason: errorMessage(error) })}</p>
            <button
              type="button"
              className="button"
              onClick={() => {
                window.location.reload();
              }}
            >
              {t('reloadPage')}
            </button>
          </div>
        )
      }
    >
      <Suspense fallback={<ViewLoading view={view} />}>{children}</Suspense>
    </ViewErrorBoundary>
  );
}
