import { commandParts } from './create-body.js';
import { extraHostEntries } from './extra-hosts.js';
import { formatPortSpec } from './port-spec.js';
import { capabilityWords, type MountRow, type RunForm } from './run-form.js';
import { shellJoin } from './shell-words.js';

/** One `--mount` field, CSV-quoted as the CLI's reader expects when it holds `,` or `"`. */
const csvField = (field: string): string => (/[,"]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field);

export const mountSpec = (row: MountRow): string =>
  [
    `type=${row.kind}`,
    ...(row.source ? [csvField(`source=${row.source}`)] : []),
    csvField(`target=${row.target}`),
    ...(row.readOnly ? ['readonly'] : []),
  ].join(',');

/**
 * The `docker run` (or `docker create`) argv equivalent to a valid form: running it creates a
 * container whose inspect matches what the dialog would create.
 */
export const formToArgv = (form: RunForm): string[] => {
  const argv = form.start ? ['docker', 'run', '-d'] : ['docker', 'create'];
  const flag = (name: string, value: string): void => {
    argv.push(name, value);
  };
  if (form.name) flag('--name', form.name);
  for (const row of form.ports) flag('-p', formatPortSpec(row));
  if (form.publishAll) argv.push('--publish-all');
  for (const row of form.env) flag('-e', `${row.key}=${row.value}`);
  for (const row of form.mounts) flag('--mount', mountSpec(row));
  if (form.network) flag('--network', form.network);
  if (form.restart !== 'no') {
    flag(
      '--restart',
      form.restart === 'on-failure' && form.restartMaxRetries !== ''
        ? `on-failure:${form.restartMaxRetries}`
        : form.restart,
    );
  }
  for (const row of form.labels) flag('--label', `${row.key}=${row.value}`);
  if (form.memory.trim()) flag('--memory', form.memory.trim());
  if (form.cpus.trim()) flag('--cpus', form.cpus.trim());
  if (form.interactive) argv.push('-i');
  if (form.tty) argv.push('-t');
  if (form.autoRemove) argv.push('--rm');
  if (form.privileged) argv.push('--privileged');
  for (const cap of capabilityWords(form.capAdd)) flag('--cap-add', cap);
  for (const cap of capabilityWords(form.capDrop)) flag('--cap-drop', cap);
  if (form.readOnlyRootfs) argv.push('--read-only');
  if (form.hostname) flag('--hostname', form.hostname);
  for (const host of extraHostEntries(form.extraHosts)) flag('--add-host', host);
  if (form.workingDir) flag('--workdir', form.workingDir);
  if (form.user) flag('--user', form.user);
  const { entrypoint, cmd } = commandParts(form);
  if (entrypoint) flag('--entrypoint', entrypoint[0] as string);
  argv.push(form.image.trim());
  if (cmd) argv.push(...cmd);
  return argv;
};

/** The same, as one line to paste into a POSIX shell. */
export const formToCommand = (form: RunForm): string => shellJoin(formToArgv(form));
