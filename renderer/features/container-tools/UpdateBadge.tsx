import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';
import { useUpdatesStore } from './updates-store.js';

/** "Update available" beside a container's name, once a check (scheduled or asked for) found one. */
export function UpdateBadge({ id }: { readonly id: string }) {
  const t = useT(messages);
  const available = useUpdatesStore((s) => s.byContainer.get(id)?.status === 'available');
  if (!available) return null;
  return <span className="badge">{t('badge')}</span>;
}
