interface SearchFieldProps {
  /** The accessible name ("Search images"); no visible label, the placeholder says what it finds. */
  readonly label: string;
  readonly placeholder?: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly className?: string;
}

/** The search box of the list toolbars. */
export function SearchField({ label, placeholder, value, onChange, className = 'search' }: SearchFieldProps) {
  return (
    <input
      type="search"
      className={className}
      aria-label={label}
      placeholder={placeholder}
      value={value}
      onChange={(event) => {
        onChange(event.currentTarget.value);
      }}
    />
  );
}
