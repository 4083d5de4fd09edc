import { useEffect, useId, useState } from 'react';
import type { SwarmObjectSummary } from '../../../shared/swarm/swarm-types.js';
import { useClient } from '../../lib/client-context.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { useSwarmStore } from './swarm-store.js';
import { SafeText } from '../../ui/SafeText.js';
import { Table } from '../../ui/Table.js';
import { LoadStatus } from '../../ui/LoadStatus.js';

const OBJECT_COLUMNS = ['Name', 'Used by', 'Created', 'Actions'];

const toBase64 = (bytes: Uint8Array): string => {
  let text = '';
  for (const b of bytes) text += String.fromCharCode(b);
  return btoa(text);
};

/**
 * Secrets or configs: list (with the services using each), create from text or a file, remove
 * when unused. A secret's value is write-only: the form forgets it once sent and nothing reads it back.
 */
export function SecretsPanel({ kind }: { readonly kind: 'secrets' | 'configs' }) {
  const client = useClient();
  const epoch = useSwarmStore((s) => s.epoch);
  const nameId = useId();
  const valueId = useId();
  const fileId = useId();
  const what = kind === 'secrets' ? 'secret' : 'config';
  const [items, setItems] = useState<readonly SwarmObjectSummary[]>([]);
  const [name, setName] = useState('');
  const [value, setValue] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const reload = (): void => {
    client.invoke(`${kind}.list`, {}).then(setItems, (err: unknown) => {
      setProblem(errorMessage(err));
    });
  };
  useEffect(reload, [client, epoch, kind]);
  const create = async (): Promise<void> => {
    setBusy(true);
    try {
      const bytes = file ? new Uint8Array(await file.arrayBuffer()) : new TextEncoder().encode(value);
      await client.invoke(`${kind}.create`, { name, dataBase64: toBase64(bytes), labels: {} });
      setName('');
      setValue('');
      setFile(null);
      setProblem(null);
      reload();
    } catch (err) {
      setProblem(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  const remove = async (item: SwarmObjectSummary): Promise<void> => {
    try {
      await client.invoke(`${kind}.remove`, { id: item.id });
      setProblem(null);
      reload();
    } catch (err) {
      setProblem(errorMessage(err));
    }
  };
  const title = kind === 'secrets' ? 'Secrets' : 'Configs';
  return (
    <section className="panel" aria-label={title}>
      <h2>{title}</h2>
      <Table className="data-table" columns={OBJECT_COLUMNS}>
        {items.map((item) => (
          <tr key={item.id}>
            <th scope="row">
              <SafeText text={item.name} />
            </th>
            <td>
              {item.usedBy.length > 0 ? (
                <SafeText text={item.usedBy.join(', ')} />
              ) : (
                <span className="muted">—</span>
              )}
            </td>
            <td>{item.createdAt ? new Date(item.createdAt).toLocaleString() : '—'}</td>
            <td>
              <button
                type="button"
                className="button ghost danger"
                aria-label={`Remove ${what} ${item.name}`}
                onClick={() => void remove(item)}
              >
                Remove
              </button>
            </td>
          </tr>
        ))}
      </Table>
      <form
        className="form-grid"
        aria-label={`New ${what}`}
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <label htmlFor={nameId}>{`New ${what} name`}</label>
        <input
          id={nameId}
          value={name}
          onChange={(event) => {
            setName(event.currentTarget.value);
          }}
          required
        />
        <label htmlFor={valueId}>{kind === 'secrets' ? 'Secret value' : 'Config content'}</label>
        {kind === 'secrets' ? (
          <input
            id={valueId}
            type="password"
            autoComplete="off"
            value={value}
            disabled={file !== null}
            onChange={(event) => {
              setValue(event.currentTarget.value);
            }}
          />
        ) : (
          <textarea
            id={valueId}
            value={value}
            disabled={file !== null}
            onChange={(event) => {
              setValue(event.currentTarget.value);
            }}
          />
        )}
        <label htmlFor={fileId}>Or from a file</label>
        <input
          id={fileId}
          type="file"
          onChange={(event) => {
            setFile(event.currentTarget.files?.[0] ?? null);
          }}
        />
        <span />
        <button type="submit" className="button primary" disabled={busy || !name || (!value && !file)}>
          {`Create ${what}`}
        </button>
      </form>
      <LoadStatus problem={problem} />
    </section>
  );
}
