import { useState } from 'react';
import type { ImageUpdateCheck } from '../../../shared/contract/image-updates.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { useClient } from '../../lib/client-context.js';
import { notify } from '../../lib/notifications-store.js';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';
import { checkUpdatesFor, forgetUpdate } from './updates-store.js';

type State =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy'; readonly text: string }
  | { readonly kind: 'checked'; readonly result: ImageUpdateCheck };

/**
 * "Check for update" for one container: asks the registry for its tag's digest (on demand only),
 * and offers "Update now", which pulls and recreates it keeping every setting and its data.
 */
export function UpdateCheck({
  id,
  name,
  image,
}: {
  readonly id: string;
  readonly name: string;
  readonly image: string;
}) {
  const client = useClient();
  const t = useT(messages);
  const [state, setState] = useState<State>({ kind: 'idle' });

  const check = async (): Promise<void> => {
    setState({ kind: 'busy', text: t('checking', { image }) });
    try {
      const [result] = await checkUpdatesFor(client, [id]);
      setState(result ? { kind: 'checked', result } : { kind: 'idle' });
    } catch (err) {
      setState({
        kind: 'checked',
        result: {
          image,
          status: 'unknown',
          message: errorMessage(err),
          localDigest: null,
          remoteDigest: null,
          containers: [id],
          checkedAt: Date.now(),
        },
      });
    }
  };

  const apply = async (): Promise<void> => {
    setState({ kind: 'busy', text: t('updating', { image, name }) });
    try {
      const applied = await client.invoke('updates.apply', { ref: id });
      if (applied.updated) forgetUpdate(id);
      notify(applied.updated ? t('updated', { name }) : t('noChange', { name }));
      setState({ kind: 'idle' });
    } catch (err) {
      notify(t('updateFailed', { name }), [errorMessage(err)]);
      setState({ kind: 'idle' });
    }
  };

  const result = state.kind === 'checked' ? state.result : null;
  return (
    <>
      <button type="button" className="button" disabled={state.kind === 'busy'} onClick={() => void check()}>
        {t('checkUpdate')}
      </button>
      <span role="status" className="muted">
        {state.kind === 'busy' && state.text}
        {result && t(result.status, { image: result.image, message: result.message ?? '' })}
      </span>
      {result?.status === 'available' && (
        <button type="button" className="button primary" onClick={() => void apply()}>
          {t('applyUpdate')}
        </button>
      )}
    </>
  );
}
