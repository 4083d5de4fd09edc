import type { RunSection } from '../../../shared/run/engine-error-section.js';
import type { FieldErrors } from '../../../shared/run/run-form.js';
import { useRunDialogStore } from './run-dialog-store.js';

export interface SectionProps {
  readonly errors: FieldErrors;
}

/** The engine's message when it is about this section. */
export const useEngineMessage = (section: RunSection): string | null =>
  useRunDialogStore((s) => (s.engineError?.section === section ? s.engineError.message : null));
