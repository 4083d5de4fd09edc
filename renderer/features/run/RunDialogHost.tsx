import { lazy, Suspense } from 'react';
import { retryingImport } from '../../lib/chunk-import.js';
import { useRunDialogStore } from './run-dialog-store.js';

// The dialog is only needed once someone opens it: keep it out of the first screen's bundle.
const loadRunDialog = retryingImport(() => import('./RunDialog.js'));
const RunDialog = lazy(() => loadRunDialog().then((m) => ({ default: m.RunDialog })));

/** Mounted once by the app: shows the run dialog whenever openRunDialog() asked for it. */
export function RunDialogHost() {
  const open = useRunDialogStore((s) => s.open);
  const session = useRunDialogStore((s) => s.session);
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <RunDialog key={session} />
    </Suspense>
  );
}
