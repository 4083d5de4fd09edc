import { useEffect, useId, useState } from 'react';
import type { SwarmObjectSummary } from '../../../shared/swarm/swarm-types.js';
import { useT } from '../../i18n/index.js';
import { useClient } from '../../lib/client-context.js';
import { messages } from './messages.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { useSwarmStore } from '../swarm-state/index.js';
import { SafeText } from '../../ui/SafeText.js';
import { Table } from '../../ui/Table.js';
import { LoadStatus } from '../../ui/LoadStatus.js';

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
  const t = useT(messages);
  const secret = kind === 'secrets';
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
  const title = secret ? t('secrets') : t('configs');
  return (
    <section className="panel" aria-label={title}>
      <h2>{title}</h2>
      <Table
        className="data-table"
        columns={[t('colName'), t('colUsedBy'), t('colCreated'), t('colActions')]}
      >
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
                aria-label={t(secret ? 'removeSecret' : 'removeConfig', { name: item.name })}
                onClick={() => void remove(item)}
              >
                {t('remove')}
              </button>
            </td>
          </tr>
        ))}
      </Table>
      <form
        className="form-grid"
        aria-label={secret ? t('newSecret') : t('newConfig')}
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <label htmlFor={nameId}>{secret ? t('newSecretName') : t('newConfigName')}</label>
        <input
          id={nameId}
          value={name}
          onChange={(event) => {
            setName(event.currentTarget.value);
          }}
          required
        />
        <label htmlFor={valueId}>{secret ? t('secretValue') : t('configContent')}</label>
        {secret ? (
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
        <label htmlFor={fileId}>{t('fromFile')}</label>
        <input
          id={fileId}
          type="file"
          onChange={(event) => {
            setFile(event.currentTarget.files?.[0] ?? null);
          }}
        />
        <span />
        <button type="submit" className="button primary" disabled={busy || !name || (!value && !file)}>
          {secret ? t('createSecret') : t('createConfig')}
        </button>
      </form>
      <LoadStatus problem={problem} />
    </section>
  );
}
