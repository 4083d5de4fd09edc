import type { ContainerSummary } from '../../../shared/contract/containers.js';
import { useClient } from '../../lib/client-context.js';
import { Icon } from '../../ui/icons.js';
import { softDisabled } from '../../ui/soft-disabled.js';
import { ACTION_LABELS, rowActions } from './container-actions.js';
import { runContainerAction } from './container-commands.js';
import { requestRemove } from './dialogs-store.js';

interface RowActionsProps {
  readonly container: ContainerSummary;
  readonly disabled: boolean;
  readonly tabIndex: number;
}

export function RowActions({ container, disabled, tabIndex }: RowActionsProps) {
  const client = useClient();
  return (
    <span className="row-actions">
      {rowActions(container.state).map((action) => (
        <button
          key={action}
          type="button"
          className={action === 'remove' ? 'icon-button danger' : 'icon-button'}
          aria-label={`${ACTION_LABELS[action]} ${container.name}`}
          title={ACTION_LABELS[action]}
          tabIndex={tabIndex}
          {...softDisabled(disabled, () => {
            if (action === 'remove') requestRemove([container.id]);
            else void runContainerAction(client, action, [container]);
          })}
        >
          <Icon name={action} />
        </button>
      ))}
    </span>
  );
}
