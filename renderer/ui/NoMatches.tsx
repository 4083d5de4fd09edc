/** A filtered list that shows nothing: says so, and offers to clear the filter and the search. */
export function NoMatches({ what, onShowAll }: { readonly what: string; readonly onShowAll: () => void }) {
  return (
    <>
      <p>No {what} match the filter and search.</p>
      <button type="button" className="button" onClick={onShowAll}>
        Show all {what}
      </button>
    </>
  );
}
