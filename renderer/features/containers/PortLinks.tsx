import { useMemo } from 'react';
import type { PublishedPort } from '../../../shared/contract/containers.js';
import { useClient } from '../../lib/client-context.js';
import { openLinkWithConfirmation } from '../../lib/confirm-link.js';
import { formatPorts } from './port-format.js';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';

const SHOWN = 2;

export function PortLinks({
  ports,
  tabIndex,
}: {
  readonly ports: readonly PublishedPort[];
  readonly tabIndex: number;
}) {
  const client = useClient();
  const t = useT(messages);
  const views = useMemo(() => formatPorts(ports), [ports]);
  if (views.length === 0) return <span className="muted">—</span>;
  const shown = views.slice(0, SHOWN);
  const rest = views.slice(SHOWN);
  return (
    <span className="ports">
      {shown.map((view) =>
        view.url ? (
          <button
            key={view.key}
            type="button"
            className="link"
            aria-label={t('openUrl', { url: view.url })}
            title={view.url}
            tabIndex={tabIndex}
            onClick={() => {
              if (!view.url) return;
              openLinkWithConfirmation(client, view.url);
            }}
          >
            {view.label}
          </button>
        ) : (
          <span key={view.key}>{view.label}</span>
        ),
      )}
      {rest.length > 0 && (
        <span className="muted" title={rest.map((v) => v.label).join('\n')}>
          +{rest.length}
        </span>
      )}
    </span>
  );
}
