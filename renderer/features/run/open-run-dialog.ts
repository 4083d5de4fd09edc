import type { RunForm } from '../../../shared/run/run-form.js';
import { splitQualified } from '../../lib/engine-routing.js';
import { targetEngineNow } from '../engine/index.js';
import { showRunDialog, updateForm } from './run-dialog-store.js';

export interface OpenRunDialogOptions {
  /** Preselect this image (create mode). */
  readonly image?: string;
  readonly mode?: 'create' | 'edit' | 'clone';
  /** The container to edit or clone (id or name). */
  readonly container?: string;
  /** A new container starting from this form (Discover's "Customize…": its one-click defaults). */
  readonly form?: RunForm;
  /** The engine the image (or the opener) belongs to; else the container's, else the one the lists show. */
  readonly engine?: string;
}

/**
 * Opens the run dialog from anywhere: the containers toolbar, a container's detail, the images
 * view. Edit and Clone need a container; without one they fall back to a new container.
 */
export const openRunDialog = (options: OpenRunDialogOptions = {}): void => {
  // A container with "create" means: a new one like it, which is what Clone is.
  const mode = !options.container ? 'create' : options.mode === 'edit' || !options.mode ? 'edit' : 'clone';
  const engine =
    options.engine ??
    (options.container === undefined ? undefined : splitQualified(options.container).engine) ??
    targetEngineNow();
  showRunDialog(mode, options.container ?? null, options.form?.image ?? options.image ?? '', engine ?? null);
  const { form } = options;
  if (form && mode === 'create') updateForm(() => form);
};
