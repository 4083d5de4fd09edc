import { useState } from 'react';
import { Checkbox } from '../../ui/Checkbox.js';
import { SelectField } from '../../ui/SelectField.js';
import { TextField } from '../../ui/TextField.js';
import type { FieldControl } from './setting-fields.js';
import { textValue } from './setting-fields.js';

interface SettingFieldProps {
  readonly control: FieldControl;
  readonly label: string;
  readonly hint: string | undefined;
  readonly value: unknown;
  readonly optionLabel: (option: string) => string;
  /** Refusal of a typed value, worded; `null` when it is acceptable. */
  readonly check: (value: unknown) => string | null;
  readonly disabled: boolean;
  readonly onChange: (value: unknown) => void;
}

/** One field of a settings section; typed values are saved on blur or Enter, and only when valid. */
export function SettingField({
  control,
  label,
  hint,
  value,
  optionLabel,
  check,
  disabled,
  onChange,
}: SettingFieldProps) {
  if (control.kind === 'boolean') {
    return (
      <Checkbox
        label={label}
        showLabel
        checked={value === true}
        disabled={disabled}
        extra={hint ? <span className="muted field-hint">{hint}</span> : undefined}
        onChange={onChange}
      />
    );
  }
  if (control.kind === 'choice') {
    return (
      <SelectField
        className="form-field"
        label={label}
        value={String(value)}
        options={control.options.map((option) => ({ value: option, label: optionLabel(option) }))}
        onChange={onChange}
      />
    );
  }
  return (
    <TypedField label={label} hint={hint} value={value} control={control} check={check} onChange={onChange} />
  );
}

function TypedField({
  label,
  hint,
  value,
  control,
  check,
  onChange,
}: Pick<SettingFieldProps, 'label' | 'hint' | 'value' | 'control' | 'check' | 'onChange'>) {
  const shown = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  // A draft belongs to the saved value it started from: when another window (or this one's save)
  // changes that value, the field shows the new one.
  const [edit, setEdit] = useState<{ readonly base: string; readonly text: string } | null>(null);
  const draft = edit !== null && edit.base === shown ? edit.text : shown;
  const setDraft = (text: string): void => {
    setEdit({ base: shown, text });
  };
  const next = textValue(control, draft);
  const error = draft === shown ? null : check(next);
  const commit = (): void => {
    if (draft !== shown && error === null) onChange(next);
  };
  return (
    <div
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
      }}
    >
      <TextField
        className="form-field"
        label={label}
        hint={hint}
        value={draft}
        error={error ?? undefined}
        onChange={setDraft}
      />
    </div>
  );
}
