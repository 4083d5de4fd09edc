import { dismissNotice, useNotificationsStore, type Notice } from '../../lib/notifications-store.js';
import { SafeText } from '../../ui/SafeText.js';

const MAX_DETAILS = 8;

function NoticeCard({ notice }: { readonly notice: Notice }) {
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
            {hidden > 0 && <li>…and {hidden} more</li>}
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
        Dismiss
      </button>
    </div>
  );
}

/** Errors stay until dismissed: a failure nobody saw is a failure hidden. */
export function Notices() {
  const notices = useNotificationsStore((s) => s.notices);
  return (
    <section className="notices" aria-label="Notifications">
      {notices.map((notice) => (
        <NoticeCard key={notice.id} notice={notice} />
      ))}
    </section>
  );
}
