import { useEffect, useRef, type ReactNode } from 'react';

interface CheckboxProps {
  readonly label: string;
  readonly checked: boolean;
  /** Some but not all of what it stands for is selected. */
  readonly indeterminate?: boolean;
  readonly disabled?: boolean;
  readonly tabIndex?: number;
  /**
   * Shows the label beside the box (wrapped in a `<label>` of this class, `check` by default);
   * without it the box is bare and named by aria-label, for rows with no room for text.
   */
  readonly showLabel?: boolean;
  readonly labelClass?: string;
  /** Shown after the label text, inside the label (a hint, a count). */
  readonly extra?: ReactNode;
  readonly onChange: (checked: boolean) => void;
}

/** The one checkbox of the kit: bare in list rows, labelled in forms and dialogs. */
export function Checkbox({
  label,
  checked,
  indeterminate = false,
  disabled,
  tabIndex,
  showLabel = false,
  labelClass = 'check',
  extra,
  onChange,
}: CheckboxProps) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // `indeterminate` exists only as a DOM property, not an attribute.
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  const input = (
    <input
      ref={ref}
      type="checkbox"
      className={showLabel ? undefined : 'checkbox'}
      aria-label={showLabel ? undefined : label}
      checked={checked}
      disabled={disabled}
      tabIndex={tabIndex}
      onChange={(event) => {
        onChange(event.currentTarget.checked);
      }}
    />
  );
  if (!showLabel) return input;
  return (
    <label className={labelClass}>
      {input}
      {label}
      {extra}
    </label>
  );
}

interface SelectAllProps {
  /** "Select all containers". */
  readonly label: string;
  /** How many rows it stands for, and how many of those are selected. */
  readonly total: number;
  readonly selected: number;
  readonly onChange: (checked: boolean) => void;
}

/** A list's select-all box: checked when every row is, mixed when some are, off when none can be. */
export function SelectAll({ label, total, selected, onChange }: SelectAllProps) {
  const all = total > 0 && selected === total;
  return (
    <Checkbox
      label={label}
      checked={all}
      indeterminate={selected > 0 && !all}
      disabled={total === 0}
      onChange={onChange}
    />
  );
}
