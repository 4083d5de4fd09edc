import { memo, useState } from 'react';
import type { PublishedPort, ServiceSummary } from '../../../shared/swarm/swarm-types.js';
import type { Client } from '../../ipc/client.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { revealInvisible } from '../../../shared/text/invisible-chars.js';
import { SafeText } from '../../ui/SafeText.js';
import type { Catalogue, Translate } from '../../i18n/index.js';
import type { messages } from './messages.js';

const portText = (p: PublishedPort): string => `${p.published ?? '*'}→${p.target}/${p.protocol} (${p.mode})`;

type ServiceWords = typeof messages extends Catalogue<infer M> ? Translate<M> : never;

/** Stands for the service's name in a row's words, formatted once (no name holds a NUL). */
const NAME = '\u0000';

/**
 * A row's words, formatted once per language instead of five times a row: filling in the name
 * showed up in the profile of drawing two hundred rows.
 */
export const rowWordsOf = (t: ServiceWords) => {
  const named = (key: 'replicasOf' | 'scaleTo' | 'scaleNamed' | 'rollBackNamed' | 'removeNamed') => {
    const parts = t(key, { name: NAME }).split(NAME);
    return (name: string): string => parts.join(name);
  };
  return {
    t,
    replicasOf: named('replicasOf'),
    scaleTo: named('scaleTo'),
    scaleNamed: named('scaleNamed'),
    rollBackNamed: named('rollBackNamed'),
    removeNamed: named('removeNamed'),
    scale: t('scale'),
    rollBack: t('rollBack'),
    remove: t('remove'),
  };
};
export type RowWords = ReturnType<typeof rowWordsOf>;

/**
 * One service's row. Memoised, with the client and the words handed down rather than looked up in
 * each row: a pushed change (a task's count, say) re-renders its own row, not two hundred.
 */
export const ServiceRow = memo(function ServiceRow({
  service,
  index,
  client,
  words,
  onOpen,
  onProblem,
}: {
  readonly service: ServiceSummary;
  /** Its place in the whole list (the table draws only the rows in view). */
  readonly index: number;
  readonly client: Client;
  readonly words: RowWords;
  readonly onOpen: (id: string) => void;
  readonly onProblem: (text: string | null) => void;
}) {
  const [replicas, setReplicas] = useState(String(service.desired));
  // Counted from a task container's event the manager has not reported yet.
  const provisional = service.reportedRunning !== undefined;
  const ports = service.ports.map(portText).join(', ');
  const act = async (action: () => Promise<unknown>): Promise<void> => {
    try {
      await action();
      onProblem(null);
    } catch (err) {
      onProblem(errorMessage(err));
    }
  };
  return (
    <tr data-index={index} aria-rowindex={index + 2}>
      <th scope="row" title={revealInvisible(service.name)}>
        <button
          type="button"
          className="button ghost"
          onClick={() => {
            onOpen(service.id);
          }}
        >
          <SafeText text={service.name} />
        </button>
      </th>
      <td>{service.mode}</td>
      <td
        aria-label={words.replicasOf(service.name)}
        data-replicas={service.name}
        data-provisional={provisional ? '' : undefined}
        className={provisional ? 'provisional' : undefined}
        title={
          provisional ? words.t('replicasProvisional', { reported: service.reportedRunning ?? 0 }) : undefined
        }
      >
        {service.running}/{service.desired}
      </td>
      <td className="image" title={revealInvisible(service.image)}>
        <SafeText text={service.image} />
      </td>
      <td>
        {ports ? (
          <span className="clip" title={ports}>
            {ports}
          </span>
        ) : (
          '—'
        )}
      </td>
      <td>
        {service.updateStatus ? (
          <span
            className="clip"
            title={revealInvisible(
              [service.updateStatus.state, service.updateStatus.message].filter(Boolean).join(' — '),
            )}
          >
            {service.updateStatus.state}
            {service.updateStatus.message && (
              <span className="muted">
                {' — '}
                <SafeText text={service.updateStatus.message} />
              </span>
            )}
          </span>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td className="row-buttons">
        {service.mode === 'replicated' && (
          <form
            className="inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              void act(() => client.invoke('services.scale', { id: service.id, replicas: Number(replicas) }));
            }}
          >
            <input
              aria-label={words.scaleTo(service.name)}
              inputMode="numeric"
              size={4}
              value={replicas}
              onChange={(e) => {
                setReplicas(e.currentTarget.value);
              }}
            />
            <button type="submit" className="button ghost" aria-label={words.scaleNamed(service.name)}>
              {words.scale}
            </button>
          </form>
        )}
        <button
          type="button"
          className="button ghost"
          aria-label={words.rollBackNamed(service.name)}
          disabled={!service.canRollback}
          onClick={() => void act(() => client.invoke('services.rollback', { id: service.id }))}
        >
          {words.rollBack}
        </button>
        <button
          type="button"
          className="button ghost danger"
          aria-label={words.removeNamed(service.name)}
          onClick={() => void act(() => client.invoke('services.remove', { id: service.id }))}
        >
          {words.remove}
        </button>
      </td>
    </tr>
  );
});
