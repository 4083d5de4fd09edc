import { formatPortSpec } from './port-spec.js';
import { mountSpec } from './run-argv.js';
import { capabilityWords, lines, type RunForm } from './run-form.js';

export interface FormChange {
  readonly field: string;
  readonly label: string;
  readonly before: string;
  readonly after: string;
}

const kv = (rows: readonly { key: string; value: string }[]): string =>
  rows
    .map((r) => `${r.key}=${r.value}`)
    .sort()
    .join('\n');
const yes = (flag: boolean): string => (flag ? 'yes' : 'no');

/** How each field reads in the diff; lists are sorted so reordering rows is not a change. */
const VIEWS: readonly { field: string; label: string; show: (f: RunForm) => string }[] = [
  { field: 'name', label: 'Name', show: (f) => f.name },
  { field: 'image', label: 'Image', show: (f) => f.image.trim() },
  { field: 'entrypoint', label: 'Entrypoint', show: (f) => f.entrypoint },
  { field: 'command', label: 'Command', show: (f) => f.command },
  { field: 'workingDir', label: 'Working directory', show: (f) => f.workingDir },
  { field: 'user', label: 'User', show: (f) => f.user },
  { field: 'ports', label: 'Ports', show: (f) => f.ports.map(formatPortSpec).sort().join('\n') },
  { field: 'publishAll', label: 'Publish all exposed ports', show: (f) => yes(f.publishAll) },
  { field: 'env', label: 'Environment', show: (f) => kv(f.env) },
  { field: 'mounts', label: 'Volumes', show: (f) => f.mounts.map(mountSpec).sort().join('\n') },
  { field: 'network', label: 'Network', show: (f) => f.network || 'default (bridge)' },
  {
    field: 'restart',
    label: 'Restart policy',
    show: (f) => (f.restartMaxRetries ? `${f.restart}:${f.restartMaxRetries}` : f.restart),
  },
  { field: 'labels', label: 'Labels', show: (f) => kv(f.labels) },
  { field: 'memory', label: 'Memory limit', show: (f) => f.memory.trim() },
  { field: 'cpus', label: 'CPUs', show: (f) => f.cpus.trim() },
  { field: 'tty', label: 'TTY', show: (f) => yes(f.tty) },
  { field: 'interactive', label: 'Interactive', show: (f) => yes(f.interactive) },
  { field: 'autoRemove', label: 'Auto-remove', show: (f) => yes(f.autoRemove) },
  { field: 'privileged', label: 'Privileged', show: (f) => yes(f.privileged) },
  { field: 'capAdd', label: 'Capabilities added', show: (f) => capabilityWords(f.capAdd).sort().join(', ') },
  {
    field: 'capDrop',
    label: 'Capabilities dropped',
    show: (f) => capabilityWords(f.capDrop).sort().join(', '),
  },
  { field: 'readOnlyRootfs', label: 'Read-only root filesystem', show: (f) => yes(f.readOnlyRootfs) },
  { field: 'hostname', label: 'Hostname', show: (f) => f.hostname },
  { field: 'extraHosts', label: 'Extra hosts', show: (f) => lines(f.extraHosts).sort().join('\n') },
];

/** What applying `after` in place of `before` changes, field by field, as people read it. */
export const diffForms = (before: RunForm, after: RunForm): FormChange[] =>
  VIEWS.flatMap(({ field, label, show }) => {
    const a = show(before);
    const b = show(after);
    return a === b ? [] : [{ field, label, before: a, after: b }];
  });
