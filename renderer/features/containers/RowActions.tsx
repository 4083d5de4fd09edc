import type { ContainerSummary } from '../../../shared/contract/containers.js';
import { useClient } from '../../lib/client-context.js';
import { useLackedReason } from '../engine/index.js';
import { Icon } from '../../ui/icons.js';
import { softDisabled } from '../../ui/soft-disabled.js';
import { rowActions } from './container-actions.js';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';
import { runContainerAction } from './container-commands.js';
import { requestRemove } from './dialogs-store.js';

interface RowActionsProps {
  readonly container: ContainerSummary;
  readonly disabled: boolean;
  readonly tabIndex: number;
}

export function RowActions({ container, disabled, tabIndex }: RowActionsProps) {
  const client = useClient();
  const t = useT(messages);
  const pauseLacked = useLackedReason('pause')(container.id);
  return (
    <span className="row-actions">
      {rowActions(container.state).map((action) => {
        // An engine without pause (e.g. rootless cgroup v1) keeps the button, disabled, saying why.
        const lacked = action === 'pause' || action === 'unpause' ? pauseLacked : null;
        const label = t(`action_${action}`);
        return (
          <button
            key={action}
            type="button"
            className={action === 'remove' ? 'icon-button danger' : 'icon-button'}
            aria-label={t('actionOn', { action: label, name: container.name })}
            aria-description={lacked ?? undefined}
            title={lacked === null ? label : t('actionLacked', { action: label, reason: lacked })}
            tabIndex={tabIndex}
            {...softDisabled(disabled || lacked !== null, () => {
              if (action === 'remove') requestRemove([container.id]);
              else void runContainerAction(client, action, [container]);
            })}
          >
            <Icon name={action} />
          </button>
        );
      })}
    </span>
  );
}
