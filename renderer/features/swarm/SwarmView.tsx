import { useEffect, useId, useState } from 'react';
import type { HostInterface, JoinTokens, SwarmState } from '../../../shared/swarm/swarm-types.js';
import { useClient } from '../../lib/client-context.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { LoadStatus } from '../../ui/LoadStatus.js';
import { Table } from '../../ui/Table.js';
import '../../ui/kit.css';
import { NodesPanel } from './NodesPanel.js';
import { SecretsPanel } from './SecretsPanel.js';
import { loadSwarmState, useSwarmStore } from './swarm-store.js';

/** Loopback first: a swarm advertised there is reachable from this machine only. */
const defaultAddress = (interfaces: readonly HostInterface[]): string =>
  interfaces.find((i) => i.internal && i.family === 'IPv4')?.address ?? interfaces[0]?.address ?? '127.0.0.1';

function InitForm() {
  const client = useClient();
  const selectId = useId();
  const [interfaces, setInterfaces] = useState<readonly HostInterface[]>([]);
  const [address, setAddress] = useState('127.0.0.1');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
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
      <h2>Not in a swarm</h2>
      <p>
        Initialising makes this engine a single-node swarm manager: services, stacks, secrets and overlay
        networks become available. Other engines can join it later with a join token.
      </p>
      <label htmlFor={selectId}>Advertise address</label>
      <select
        id={selectId}
        value={address}
        onChange={(event) => {
          setAddress(event.currentTarget.value);
        }}
      >
        {interfaces.map((i) => (
          <option key={`${i.name}-${i.address}`} value={i.address}>
            {i.address} ({i.name}
            {i.internal ? ', this machine only' : ''})
          </option>
        ))}
        {interfaces.length === 0 && <option value="127.0.0.1">127.0.0.1 (this machine only)</option>}
      </select>
      <p className="muted">
        The loopback address keeps the swarm's ports (2377, 7946, 4789) on this machine; choose a network
        address only to let other machines join.
      </p>
      <LoadStatus problem={problem} />
      <button type="submit" className="button primary" disabled={busy}>
        Initialise swarm
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
  return (
    <tr>
      <th scope="row">{role === 'worker' ? 'Worker' : 'Manager'}</th>
      <td>
        <code aria-label={`${role} join token`}>{token}</code>
      </td>
      <td>
        {revealed && (
          <button
            type="button"
            className="button ghost"
            aria-label={`Copy ${role} token`}
            onClick={() => void navigator.clipboard.writeText(token).catch(() => undefined)}
          >
            Copy
          </button>
        )}
      </td>
    </tr>
  );
}

function JoinTokensPanel() {
  const client = useClient();
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
    <section className="panel" aria-label="Join tokens">
      <h2>Join tokens</h2>
      {tokens && (
        <>
          <Table className="data-table">
            <TokenRow role="worker" token={tokens.worker} revealed={tokens.revealed} />
            <TokenRow role="manager" token={tokens.manager} revealed={tokens.revealed} />
          </Table>
          {tokens.managerAddr && (
            <p className="muted">
              Join with <code>docker swarm join --token &lt;token&gt; {tokens.managerAddr}</code>
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
          {tokens?.revealed ? 'Hide tokens' : 'Reveal tokens'}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void run(() => client.invoke('swarm.rotateToken', { role: 'worker' }))}
        >
          Rotate worker token
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void run(() => client.invoke('swarm.rotateToken', { role: 'manager' }))}
        >
          Rotate manager token
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
      title="Leave the swarm?"
      confirm="Leave swarm"
      confirmDisabled={busy || (needsForce && !confirmed)}
      options={[
        needsForce && {
          label: 'I understand: force this manager to leave',
          checked: confirmed,
          onChange: setConfirmed,
        },
      ]}
      after={<LoadStatus problem={problem} />}
      onConfirm={() => void leave()}
      onCancel={onClose}
    >
      <ul>
        <li>This engine stops running swarm tasks; their containers are removed.</li>
        {needsForce && (
          <li>
            It is a manager{state.managers <= 1 ? ', the only one' : ''}: leaving
            {state.managers <= 1
              ? ' ends the swarm — every service, secret, config and overlay network in it is lost.'
              : ' reduces the managers that keep the swarm’s quorum.'}
          </li>
        )}
      </ul>
    </ConfirmDialog>
  );
}

/** Swarm mode: init when not in a swarm; otherwise membership, join tokens, nodes, secrets and configs. */
export function SwarmView() {
  const headingId = useId();
  const state = useSwarmStore((s) => s.state);
  const problem = useSwarmStore((s) => s.problem);
  const [leaving, setLeaving] = useState(false);
  return (
    <section className="page" aria-labelledby={headingId}>
      <header className="view-header">
        <h1 id={headingId}>Swarm</h1>
      </header>
      <LoadStatus
        problem={problem}
        loading={state === null}
        loadingText="Reading the engine's swarm state…"
      />
      {state?.state === 'inactive' && <InitForm />}
      {state !== null && state.state !== 'inactive' && (
        <>
          <section className="panel" aria-label="Membership">
            <p>
              <strong>{state.isManager ? 'Manager' : 'Worker'}</strong> — node <code>{state.nodeId}</code> at{' '}
              {state.nodeAddr}; {state.managers} manager{state.managers === 1 ? '' : 's'}, {state.nodes} node
              {state.nodes === 1 ? '' : 's'}.
            </p>
            {state.error && <p className="log-status error">{state.error}</p>}
            <button
              type="button"
              className="button danger"
              onClick={() => {
                setLeaving(true);
              }}
            >
              Leave swarm…
            </button>
          </section>
          {state.isManager && (
            <>
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
