interface SegmentedFilterProps<T extends string> {
  /** The radio group's name in the form; one a filter. */
  readonly name: string;
  readonly label?: string;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  readonly value: T;
  readonly onChange: (value: T) => void;
}

/** A row of radio buttons styled as one segmented control: list filters such as All, Running, Stopped. */
export function SegmentedFilter<T extends string>({
  name,
  label = 'Filter',
  options,
  value,
  onChange,
}: SegmentedFilterProps<T>) {
  return (
    <div className="segmented" role="radiogroup" aria-label={label}>
      {options.map((option) => (
        <label key={option.value} className="segment">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => {
              onChange(option.value);
            }}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </div>
  );
}
