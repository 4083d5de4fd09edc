import { useId } from 'react';
import './kit.css';

interface InlineFormProps {
  /** The field's visible label ("New tag", "Image"). */
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** The submit button's text. */
  readonly submit: string;
  readonly onSubmit: () => void;
  /** Why the last submit failed, announced beside the button. */
  readonly problem: string | null;
  /** The form's own name, when the page has several. */
  readonly formLabel?: string;
  readonly placeholder?: string;
  readonly inputClassName?: string;
}

/** One labelled field and its button on a line, with the failure beside them: tag an image, set a service's image. */
export function InlineForm({
  label,
  value,
  onChange,
  submit,
  onSubmit,
  problem,
  formLabel,
  placeholder,
  inputClassName,
}: InlineFormProps) {
  const fieldId = useId();
  return (
    <form
      className="inline-form"
      aria-label={formLabel}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <label htmlFor={fieldId}>{label}</label>
      <input
        id={fieldId}
        className={inputClassName}
        value={value}
        placeholder={placeholder}
        spellCheck={false}
        aria-invalid={problem !== null}
        onChange={(event) => {
          onChange(event.currentTarget.value);
        }}
      />
      <button type="submit" className="button">
        {submit}
      </button>
      {problem && (
        <span role="alert" className="field-error">
          {problem}
        </span>
      )}
    </form>
  );
}
