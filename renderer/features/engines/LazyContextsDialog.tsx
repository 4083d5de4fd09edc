import { useT } from '../../i18n/index.js';
import { retryingImport } from '../../lib/chunk-import.js';
import { chunkLoader } from '../../lib/use-chunk.js';
import { RetryableLazy } from '../../ui/RetryableLazy.js';
import { messages } from './messages.js';

// The dialog's form checks contexts with the contract's zod schemas: loaded when first opened, so
// neither zod nor the form is in the first chunk (the sidebar's panel and the unreachable screen
// both offer the dialog, and both are on the first screen).
const dialogChunk = chunkLoader(
  retryingImport(() => import('./ContextsDialog.js').then((m) => m.ContextsDialog)),
);

/** The docker CLI's contexts dialog, fetched on first open (see ContextsDialog.tsx). */
export function LazyContextsDialog({ onClose }: { readonly onClose: () => void }) {
  const t = useT(messages);
  return (
    <RetryableLazy
      loader={dialogChunk}
      props={{ onClose }}
      what={t('contextsTitle')}
      // Nothing while it loads: a chunk of this size arrives within a frame or two, and a
      // placeholder in the sidebar would only flash.
      fallback={null}
    />
  );
}
