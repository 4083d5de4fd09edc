import { useClient } from '../../lib/client-context.js';
import { useT } from '../../i18n/index.js';
import { softDisabled } from '../../ui/soft-disabled.js';
import { copyAsCompose } from './compose-commands.js';
import { messages } from './messages.js';

/** "Copy as compose" for a selection, or for a compose project's containers when `project` names it. */
export function CopyAsComposeButton({
  containers,
  project,
  className = 'button',
}: {
  readonly containers: readonly string[];
  readonly project?: string;
  readonly className?: string;
}) {
  const client = useClient();
  const t = useT(messages);
  const what =
    project === undefined ? t('selection', { count: containers.length }) : t('project', { name: project });
  return (
    <button
      type="button"
      className={className}
      aria-label={t('composeOf', { what })}
      {...softDisabled(containers.length === 0, () => void copyAsCompose(client, containers, what))}
    >
      {t('compose')}
    </button>
  );
}
