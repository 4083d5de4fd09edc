import { useT } from '../../i18n/index.js';
import { runMessages } from './messages.js';

interface FieldMessageProps {
  readonly id: string;
  readonly error?: string | undefined;
  readonly warning?: string | undefined;
}

/** The message next to a field: the rule it breaks, or a warning that does not block. */
export function FieldMessage({ id, error, warning }: FieldMessageProps) {
  if (error) {
    return (
      <span id={id} className="field-error">
        {error}
      </span>
    );
  }
  if (warning) {
    return (
      <span id={id} className="field-warning">
        {warning}
      </span>
    );
  }
  return null;
}

/** The engine's own words, next to the section they are about. */
export function EngineMessage({ message }: { readonly message: string | null | undefined }) {
  const t = useT(runMessages);
  if (!message) return null;
  return (
    <p role="alert" className="engine-error">
      {t('engineSaid', { message })}
    </p>
  );
}
