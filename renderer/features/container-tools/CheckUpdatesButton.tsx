import { errorMessage } from '../../ipc/rpc-error.js';
import { useClient } from '../../lib/client-context.js';
import { notify } from '../../lib/notifications-store.js';
import { useT } from '../../i18n/index.js';
import { softDisabled } from '../../ui/soft-disabled.js';
import { messages } from './messages.js';
import { checkUpdatesFor, useUpdatesStore } from './updates-store.js';

/** "Check for updates" over the listed containers; the rows then show what has one. */
export function CheckUpdatesButton({ containers }: { readonly containers: readonly string[] }) {
  const client = useClient();
  const t = useT(messages);
  const checking = useUpdatesStore((s) => s.checking);
  const run = async (): Promise<void> => {
    try {
      const results = await checkUpdatesFor(client, containers);
      const available = results.filter((r) => r.status === 'available').length;
      const failed = results.filter((r) => r.status === 'unknown');
      notify(
        t('checkedAll', { count: available }),
        failed.map((r) => t('unknown', { image: r.image, message: r.message ?? '' })),
      );
    } catch (err) {
      notify(t('checkFailed'), [errorMessage(err)]);
    }
  };
  return (
    <button
      type="button"
      className="button"
      {...softDisabled(checking || containers.length === 0, () => void run())}
    >
      {t('checkUpdates')}
    </button>
  );
}
