import { useEffect, useRef } from 'react';

interface CheckboxProps {
  readonly label: string;
  readonly checked: boolean;
  /** Some but not all of what it stands for is selected. */
  readonly indeterminate?: boolean;
  readonly disabled?: boolean;
  readonly tabIndex?: number;
  readonly onChange: (checked: boolean) => void;
}

/** A bare checkbox named by aria-label, for places with no room for a visible label. */
export function Checkbox({
  label,
  checked,
  indeterminate = false,
  disabled,
  tabIndex,
  onChange,
}: CheckboxProps) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // `indeterminate` exists only as a DOM property, not an attribute.
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return (
    <input
      ref={ref}
      type="checkbox"
      className="checkbox"
      aria-label={label}
      checked={checked}
      disabled={disabled}
      tabIndex={tabIndex}
      onChange={(event) => {
        onChange(event.currentTarget.checked);
      }}
    />
  );
}
