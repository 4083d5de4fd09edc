interface LoadStatusProps {
  /** Why the last load failed, shown as an alert; the view keeps what it had. */
  readonly problem: string | null;
  /** Nothing has arrived yet (a panel that only reports failures leaves it out). */
  readonly loading?: boolean;
  /** "Loading networks…". */
  readonly loadingText?: string;
}

/** A view's load state above its content: the failure, or that the first answer is on its way. */
export function LoadStatus({ problem, loading = false, loadingText }: LoadStatusProps) {
  if (problem)
    return (
      <p role="alert" className="form-error">
        {problem}
      </p>
    );
  if (!loading) return null;
  return (
    <p role="status" className="muted">
      {loadingText}
    </p>
  );
}
