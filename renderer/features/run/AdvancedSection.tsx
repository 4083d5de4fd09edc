import { useState } from 'react';
import type { RunForm } from '../../../shared/run/run-form.js';
import { useT, type Catalogue, type Translate } from '../../i18n/index.js';
import { Checkbox } from '../../ui/Checkbox.js';
import { TextField } from '../../ui/TextField.js';
import { EngineMessage } from './fields.js';
import { runMessages } from './messages.js';
import { updateForm, useRunDialogStore } from './run-dialog-store.js';
import { useEngineMessage, type SectionProps } from './section-props.js';

const ADVANCED_FIELDS = [
  'entrypoint',
  'workingDir',
  'user',
  'memory',
  'cpus',
  'capAdd',
  'capDrop',
  'hostname',
  'extraHosts',
  'restart',
] as const;

type TextKey =
  'entrypoint' | 'workingDir' | 'user' | 'memory' | 'cpus' | 'capAdd' | 'capDrop' | 'hostname' | 'extraHosts';
type FlagKey = 'tty' | 'interactive' | 'autoRemove' | 'privileged' | 'readOnlyRootfs';

type RunKey = typeof runMessages extends Catalogue<infer M> ? Parameters<Translate<M>>[0] : never;

/** Labels and placeholders are catalogue keys; a placeholder that is an example value stays literal. */
const TEXT_FIELDS: readonly {
  key: TextKey;
  label: RunKey;
  placeholder: RunKey | { readonly example: string };
  multiline?: boolean;
}[] = [
  { key: 'entrypoint', label: 'entrypoint', placeholder: 'entrypointPlaceholder' },
  { key: 'workingDir', label: 'workingDir', placeholder: { example: '/app' } },
  { key: 'user', label: 'user', placeholder: 'userPlaceholder' },
  { key: 'memory', label: 'memory', placeholder: 'memoryPlaceholder' },
  { key: 'cpus', label: 'cpus', placeholder: 'cpusPlaceholder' },
  { key: 'hostname', label: 'hostname', placeholder: 'hostnamePlaceholder' },
  { key: 'capAdd', label: 'capAdd', placeholder: { example: 'NET_ADMIN, SYS_TIME' } },
  { key: 'capDrop', label: 'capDrop', placeholder: { example: 'MKNOD' } },
  { key: 'extraHosts', label: 'extraHosts', placeholder: 'extraHostsPlaceholder', multiline: true },
];

const FLAGS: readonly { key: FlagKey; label: RunKey }[] = [
  { key: 'tty', label: 'flagTty' },
  { key: 'interactive', label: 'flagInteractive' },
  { key: 'autoRemove', label: 'flagAutoRemove' },
  { key: 'privileged', label: 'flagPrivileged' },
  { key: 'readOnlyRootfs', label: 'flagReadOnly' },
];

/** Everything else, folded until asked for (or until one of its fields needs attention). */
export function AdvancedSection({ errors }: SectionProps) {
  const form = useRunDialogStore((s) => s.form);
  const engineResources = useEngineMessage('resources');
  const engineAdvanced = useEngineMessage('advanced');
  const t = useT(runMessages);
  const [opened, setOpened] = useState(false);
  const needsAttention =
    ADVANCED_FIELDS.some((key) => key !== 'restart' && errors[key] !== undefined) ||
    engineResources !== null ||
    engineAdvanced !== null;
  return (
    <details
      className="run-section advanced"
      open={opened || needsAttention}
      onToggle={(event) => {
        setOpened(event.currentTarget.open);
      }}
    >
      <summary>{t('advancedSummary')}</summary>
      <div className="field-grid">
        {TEXT_FIELDS.map(({ key, label, placeholder, multiline }) => (
          <TextField
            key={key}
            label={t(label)}
            value={form[key]}
            placeholder={typeof placeholder === 'string' ? t(placeholder) : placeholder.example}
            rows={multiline ? 3 : undefined}
            error={errors[key]}
            onChange={(value) => {
              updateForm((f): RunForm => ({ ...f, [key]: value }));
            }}
          />
        ))}
      </div>
      <div className="flags">
        {FLAGS.map(({ key, label }) => (
          <Checkbox
            showLabel
            key={key}
            label={t(label)}
            checked={form[key]}
            onChange={(value) => {
              updateForm((f): RunForm => ({ ...f, [key]: value }));
            }}
          />
        ))}
      </div>
      <EngineMessage message={engineResources ?? engineAdvanced} />
    </details>
  );
}
