import { useClient } from '../lib/client-context.js';
import { hostHasPicker } from '../ipc/connect.js';
import { errorMessage } from '../ipc/rpc-error.js';
import { useT } from '../i18n/index.js';
import { uiMessages } from './messages.js';

interface BrowseButtonProps {
  readonly kind: 'file' | 'folder';
  /** The field it fills, e.g. "Context folder": names the button and titles the picker. */
  readonly label: string;
  readonly current: string;
  readonly onPick: (path: string) => void;
}

/**
 * Browse… beside a path field, for the native picker. Rendered only where the host has one
 * (Electron); in web mode the page cannot see the user's disk and the typed path is the way.
 */
export function BrowseButton({ kind, label, current, onPick }: BrowseButtonProps) {
  const client = useClient();
  const t = useT(uiMessages);
  if (!hostHasPicker()) return null;
  const browse = () => {
    client.invoke('shell.pickPath', { kind, title: label, defaultPath: current || undefined }).then(
      ({ path }) => {
        if (path !== null) onPick(path);
      },
      (err: unknown) => {
        console.warn('Berth: no picker:', errorMessage(err));
      },
    );
  };
  return (
    <button type="button" className="button" onClick={browse} aria-label={t('browseFor', { what: label })}>
      {t('browse')}
    </button>
  );
}
