import { dismissNotice, useNotificationsStore, type Notice } from '../../lib/notifications-store.js';
import { SafeText } from '../../ui/SafeText.js';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';

const MAX_DETAILS = 8;

function NoticeCard({ notice }: { readonly notice: Notice }) {
  const t = useT(messages);
  const shown = notice.details.slice(0, MAX_DETAILS);
  const hidden = notice.details.length - shown.length;
  return (
    <div className="notice" role="alert">
      <div className="notice-body">
        <p className="notice-title">
          <SafeText text={notice.title} />
        </p>
        {shown.length > 0 && (
          <ul className="notice-details">
            {shown.map((line, i) => (
              <li key={i}>
                <SafeText text={line} />
              </li>
            ))}
            {hidden > 0 && <li>{t('more', { count: hidden })}</li>}
          </ul>
        )}
      </div>
      <button
        type="button"
        className="button ghost"
        onClick={() => {
          dismissNotice(notice.id);
        }}
      >
        {t('dismiss')}
      </button>
    </div>
  );
}

/** Errors stay until dismissed: a failure nobody saw is a failure hidden. */
export function Notices() {
  const t = useT(messages);
  const notices = useNotificationsStore((s) => s.notices);
  return (
    <section className="notices" aria-label={t('region')}>
      {notices.map((notice) => (
        <NoticeCard key={notice.id} notice={notice} />
      ))}
    </section>
  );
}
