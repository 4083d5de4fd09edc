import { useEffect, useState } from 'react';
import { useT } from '../../i18n/index.js';
import { useClient } from '../../lib/client-context.js';
import { readIngressState, type IngressState } from './ingress-state.js';
import { messages } from './messages.js';
import { useSwarmStore } from '../swarm-state/index.js';

/** A missing ingress network is looked for again every 2 s for a minute (see below). */
const RECHECKS = 30;
const RECHECK_MS = 2000;

/**
 * A note about the ingress routing mesh, from what the engine reports: no ingress network at all,
 * or one whose reachability the engine cannot tell (see ingress-state.ts), with host mode as the
 * reliable choice. Nothing is shown until the engine has answered, or if it could not.
 */
export function IngressNote() {
  const client = useClient();
  const t = useT(messages);
  const epoch = useSwarmStore((s) => s.epoch);
  const [ingress, setIngress] = useState<IngressState | null>(null);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = (attempt: number): void => {
      readIngressState(client).then(
        (state) => {
          if (!live) return;
          setIngress(state);
          // `swarm init` returns before the engine has created the ingress network: look again for a while.
          if (state.kind === 'missing' && attempt < RECHECKS)
            timer = setTimeout(() => {
              read(attempt + 1);
            }, RECHECK_MS);
        },
        // The note is advice; a failed read leaves it out rather than guessing.
        () => undefined,
      );
    };
    read(0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, epoch]);
  if (ingress === null) return null;
  return (
    <section className="panel" aria-label={t('ingressHeading')}>
      <h2>{t('ingressHeading')}</h2>
      <p role="note" className={ingress.kind === 'missing' ? 'field-warning' : 'muted'}>
        {ingress.kind === 'missing'
          ? t('ingressMissing')
          : t('ingressPresent', { subnet: ingress.subnet ?? t('ingressUnknownSubnet') })}
      </p>
    </section>
  );
}
