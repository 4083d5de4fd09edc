import { lazy, Suspense } from 'react';
import { useRunDialogStore } from './run-dialog-store.js';

// The dialog is only needed once someone opens it: keep it out of the first screen's bundle.
const RunDialog = lazy(() => import('./RunDialog.js').then((m) => ({ default: m.RunDialog })));

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
