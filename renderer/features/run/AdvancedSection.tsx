import { useState } from 'react';
import type { RunForm } from '../../../shared/run/run-form.js';
import { Checkbox } from '../../ui/Checkbox.js';
import { TextField } from '../../ui/TextField.js';
import { EngineMessage } from './fields.js';
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

const TEXT_FIELDS: readonly { key: TextKey; label: string; placeholder: string; multiline?: boolean }[] = [
  { key: 'entrypoint', label: 'Entrypoint', placeholder: "empty: the image's entrypoint" },
  { key: 'workingDir', label: 'Working directory', placeholder: '/app' },
  { key: 'user', label: 'User', placeholder: 'name or uid[:group]' },
  { key: 'memory', label: 'Memory limit', placeholder: 'e.g. 512m, 1g' },
  { key: 'cpus', label: 'CPUs', placeholder: 'e.g. 0.5, 2' },
  { key: 'hostname', label: 'Hostname', placeholder: "empty: the container's id" },
  { key: 'capAdd', label: 'Add capabilities', placeholder: 'NET_ADMIN, SYS_TIME' },
  { key: 'capDrop', label: 'Drop capabilities', placeholder: 'MKNOD' },
  { key: 'extraHosts', label: 'Extra hosts', placeholder: 'host:ip, one per line', multiline: true },
];

const FLAGS: readonly { key: FlagKey; label: string }[] = [
  { key: 'tty', label: 'Allocate a TTY (-t)' },
  { key: 'interactive', label: 'Keep stdin open (-i)' },
  { key: 'autoRemove', label: 'Remove when it exits (--rm)' },
  { key: 'privileged', label: 'Privileged' },
  { key: 'readOnlyRootfs', label: 'Read-only root filesystem' },
];

/** Everything else, folded until asked for (or until one of its fields needs attention). */
export function AdvancedSection({ errors }: SectionProps) {
  const form = useRunDialogStore((s) => s.form);
  const engineResources = useEngineMessage('resources');
  const engineAdvanced = useEngineMessage('advanced');
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
      <summary>Advanced: entrypoint, user, resources, capabilities, hostname</summary>
      <div className="field-grid">
        {TEXT_FIELDS.map(({ key, label, placeholder, multiline }) => (
          <TextField
            key={key}
            label={label}
            value={form[key]}
            placeholder={placeholder}
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
            label={label}
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
