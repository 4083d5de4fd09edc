import { useState } from 'react';
import type { EnvVar } from './env.js';
import { shownValue } from './env.js';
import { SafeText } from '../../ui/SafeText.js';
import { Table } from '../../ui/Table.js';
import { useT } from '../../i18n/index.js';
import { messages } from './messages.js';

/** Values are masked until revealed, one by one or all at once. */
export function EnvTable({
  env,
  revealAll,
  onRevealAll,
}: {
  readonly env: readonly EnvVar[];
  readonly revealAll: boolean;
  readonly onRevealAll: (on: boolean) => void;
}) {
  const t = useT(messages);
  const [revealed, setRevealed] = useState<ReadonlySet<number>>(new Set());
  if (env.length === 0) return <p className="muted">{t('noEnv')}</p>;
  return (
    <>
      <button
        type="button"
        className="button"
        aria-pressed={revealAll}
        onClick={() => {
          onRevealAll(!revealAll);
          setRevealed(new Set());
        }}
      >
        {revealAll ? t('hideAll') : t('revealAll')}
      </button>
      <Table
        className="table kv-table"
        columns={[t('colVariable'), t('colValue'), { title: t('colReveal'), hidden: true }]}
      >
        {env.map((v, i) => {
          const shown = revealAll || revealed.has(i);
          return (
            <tr key={i}>
              <th scope="row">
                <code>
                  <SafeText text={v.name} />
                </code>
              </th>
              <td>
                <code>
                  <SafeText text={shownValue(v.value, shown)} />
                </code>
              </td>
              <td>
                {v.value !== '' && !revealAll && (
                  <button
                    type="button"
                    className="button ghost small"
                    aria-pressed={shown}
                    aria-label={t('revealNamed', { name: v.name })}
                    onClick={() => {
                      const next = new Set(revealed);
                      if (shown) next.delete(i);
                      else next.add(i);
                      setRevealed(next);
                    }}
                  >
                    {shown ? t('hide') : t('reveal')}
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </Table>
    </>
  );
}
