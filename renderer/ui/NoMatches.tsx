import { useT } from '../i18n/index.js';
import { uiMessages } from './messages.js';

/** A filtered list that shows nothing: says so, and offers to clear the filter and the search. */
export function NoMatches({ what, onShowAll }: { readonly what: string; readonly onShowAll: () => void }) {
  const t = useT(uiMessages);
  return (
    <>
      <p>{t('noMatches', { what })}</p>
      <button type="button" className="button" onClick={onShowAll}>
        {t('showAll', { what })}
      </button>
    </>
  );
}
