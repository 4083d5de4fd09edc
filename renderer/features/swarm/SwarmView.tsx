import { useEffect, useId, useState } from 'react';
import type { HostInterface, JoinTokens, SwarmState } from '../../../shared/swarm/swarm-types.js';
import { useT } from '../../i18n/index.js';
import { useClient } from '../../lib/client-context.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { LoadStatus } from '../../ui/LoadStatus.js';
import { Table } from '../../ui/Table.js';
import '../../ui/kit.css';
import { useSwarmInitRefusal } from '../engine/index.js';
import { IngressNote } from './IngressNote.js';
import { messages } from './messages.js';
import { NodesPanel } from './NodesPanel.js';
import { SecretsPanel } from './SecretsPanel.js';
import { loadSwarmState, useSwarmStore } from '../swarm-state/index.js';

/** Loopback first: a swarm advertised there is reachable from this machine only. */
const defaultAddress = (interfaces: readonly HostInterface[]): string =>
  interfaces.find((i) => i.internal && i.family === 'IPv4')?.address ?? interfaces[0]?.address ?? '127.0.0.1';

function InitForm() {
  const client = useClient();
  const t = useT(messages);
  const selectId = useId();
  const [interfaces, setInterfaces] = useState<readonly HostInterface[]>([]);
  const [address, setAddress] = useState('127.0.0.1');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // Podman has no swarm mode: say so on the button rather than let the engine answer with a raw 404.
  const swarmLacked = useSwarmInitRefusal();
  useEffect(() => {
    client.invoke('swarm.interfaces', {}).then(
      (list) => {
        setInterfaces(list);
        setAddress(defaultAddress(list));
      },
      (err: unknown) => {
        setProblem(errorMessage(err));
      },
    );
  }, [client]);
  const init = async (): Promise<void> => {
    setBusy(true);
    setProblem(null);
    try {
      await client.invoke('swarm.init', { advertiseAddr: address });
      await loadSwarmState(client);
    } catch (err) {
      setProblem(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="panel"
      onSubmit={(event) => {
        event.preventDefault();
        void init();
      }}
    >
      <h2>{t('notInSwarm')}</h2>
      <p>{t('initIntro')}</p>
      <label htmlFor={selectId}>{t('advertiseAddress')}</label>
      <select
        id={selectId}
        value={address}
        onChange={(event) => {
          setAddress(event.currentTarget.value);
        }}
      >
        {interfaces.map((i) => (
          <option key={`${i.name}-${i.address}`} value={i.address}>
            {t(i.internal ? 'interfaceOptionLocal' : 'interfaceOption', { address: i.address, name: i.name })}
          </option>
        ))}
        {interfaces.length === 0 && <option value="127.0.0.1">{t('loopbackOnly')}</option>}
      </select>
      <p className="muted">{t('loopbackNote')}</p>
      <LoadStatus problem={problem} />
      {swarmLacked !== null && <p className="muted">{swarmLacked}</p>}
      <button
        type="submit"
        className="button primary"
        disabled={busy || swarmLacked !== null}
        aria-description={swarmLacked ?? undefined}
        title={swarmLacked ?? undefined}
      >
        {t('initialise')}
      </button>
    </form>
  );
}

function TokenRow({
  role,
  token,
  revealed,
}: {
  readonly role: 'worker' | 'manager';
  readonly token: string;
  readonly revealed: boolean;
}) {
  const t = useT(messages);
  return (
    <tr>
      <th scope="row">{role === 'worker' ? t('worker') : t('manager')}</th>
      <td>
        <code aria-label={role === 'worker' ? t('workerToken') : t('managerToken')}>{token}</code>
      </td>
      <td>
        {revealed && (
          <button
            type="button"
            className="button ghost"
            aria-label={role === 'worker' ? t('copyWorkerToken') : t('copyManagerToken')}
            onClick={() => void navigator.clipboard.writeText(token).catch(() => undefined)}
          >
            {t('copy')}
          </button>
        )}
      </td>
    </tr>
  );
}

function JoinTokensPanel() {
  const client = useClient();
  const t = useT(messages);
  const [tokens, setTokens] = useState<JoinTokens | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const run = async (action: () => Promise<JoinTokens>): Promise<void> => {
    try {
      setTokens(await action());
      setProblem(null);
    } catch (err) {
      setProblem(errorMessage(err));
    }
  };
  useEffect(() => {
    client.invoke('swarm.joinTokens', { reveal: false }).then(setTokens, (err: unknown) => {
      setProblem(errorMessage(err));
    });
  }, [client]);
  return (
    <section className="panel" aria-label={t('joinTokens')}>
      <h2>{t('joinTokens')}</h2>
      {tokens && (
        <>
          <Table className="data-table">
            <TokenRow role="worker" token={tokens.worker} revealed={tokens.revealed} />
            <TokenRow role="manager" token={tokens.manager} revealed={tokens.revealed} />
          </Table>
          {tokens.managerAddr && (
            <p className="muted">
              {t('joinWith')} <code>{t('joinCommand', { addr: tokens.managerAddr })}</code>
            </p>
          )}
        </>
      )}
      <div className="toolbar">
        <button
          type="button"
          className="button"
          onClick={() =>
            void run(() => client.invoke('swarm.joinTokens', { reveal: !(tokens?.revealed ?? false) }))
          }
        >
          {tokens?.revealed ? t('hideTokens') : t('revealTokens')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void run(() => client.invoke('swarm.rotateToken', { role: 'worker' }))}
        >
          {t('rotateWorker')}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void run(() => client.invoke('swarm.rotateToken', { role: 'manager' }))}
        >
          {t('rotateManager')}
        </button>
      </div>
      <LoadStatus problem={problem} />
    </section>
  );
}

/**
 * Leaving is spelled out first; a manager can only leave with force, which needs a second,
 * explicit confirmation (a last manager takes the swarm's services, secrets and configs with it).
 */
function LeaveDialog({ state, onClose }: { readonly state: SwarmState; readonly onClose: () => void }) {
  const client = useClient();
  const t = useT(messages);
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const needsForce = state.isManager;
  const leave = async (): Promise<void> => {
    setBusy(true);
    try {
      await client.invoke('swarm.leave', { force: needsForce && confirmed });
      await loadSwarmState(client);
      onClose();
    } catch (err) {
      setProblem(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <ConfirmDialog
      title={t('leaveTitle')}
      confirm={t('leaveConfirm')}
      confirmDisabled={busy || (needsForce && !confirmed)}
      options={[
        needsForce && {
          label: t('leaveForce'),
          checked: confirmed,
          onChange: setConfirmed,
        },
      ]}
      after={<LoadStatus problem={problem} />}
      onConfirm={() => void leave()}
      onCancel={onClose}
    >
      <ul>
        <li>{t('leaveTasks')}</li>
        {needsForce && <li>{state.managers <= 1 ? t('leaveLastManager') : t('leaveManager')}</li>}
      </ul>
    </ConfirmDialog>
  );
}

/** Swarm mode: init when not in a swarm; otherwise membership, join tokens, nodes, secrets and configs. */
export function SwarmView() {
  const t = useT(messages);
  const headingId = useId();
  const state = useSwarmStore((s) => s.state);
  const problem = useSwarmStore((s) => s.problem);
  const [leaving, setLeaving] = useState(false);
  return (
    <section className="page" aria-labelledby={headingId}>
      <header className="view-header">
        <h1 id={headingId}>{t('title')}</h1>
      </header>
      <LoadStatus problem={problem} loading={state === null} loadingText={t('loading')} />
      {state?.state === 'inactive' && <InitForm />}
      {state !== null && state.state !== 'inactive' && (
        <>
          <section className="panel" aria-label={t('membership')}>
            <p>
              <strong>{state.isManager ? t('manager') : t('worker')}</strong> —{' '}
              {t('membershipLine', {
                node: state.nodeId ?? '—',
                addr: state.nodeAddr ?? '—',
                managers: state.managers,
                count: state.nodes,
              })}
            </p>
            {state.error && <p className="log-status error">{state.error}</p>}
            <button
              type="button"
              className="button danger"
              onClick={() => {
                setLeaving(true);
              }}
            >
              {t('leave')}
            </button>
          </section>
          {state.isManager && (
            <>
              <IngressNote />
              <JoinTokensPanel />
              <NodesPanel />
              <SecretsPanel kind="secrets" />
              <SecretsPanel kind="configs" />
            </>
          )}
        </>
      )}
      {leaving && state && (
        <LeaveDialog
          state={state}
          onClose={() => {
            setLeaving(false);
          }}
        />
      )}
    </section>
  );
}
