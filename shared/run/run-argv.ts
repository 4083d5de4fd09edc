import { commandParts, healthConfig } from './create-body.js';
import type { KeptSetting } from '../contract/run.js';
import { keptArgv } from './kept-argv.js';
import { extraHostEntries } from './extra-hosts.js';
import { formatPortSpec } from './port-spec.js';
import {
  capabilityWords,
  lines,
  listWords,
  type MountRow,
  type NetworkRow,
  type RunForm,
} from './run-form.js';
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

/** The advanced sections' flags, in the dialog's order. */
const pushAdvanced = (
  form: RunForm,
  flag: (name: string, value: string) => void,
  bare: (name: string) => void,
): void => {
  for (const device of lines(form.devices)) flag('--device', device);
  if (form.gpus.trim()) flag('--gpus', form.gpus.trim());
  for (const server of listWords(form.dns)) flag('--dns', server);
  for (const domain of listWords(form.dnsSearch)) flag('--dns-search', domain);
  for (const option of listWords(form.dnsOptions)) flag('--dns-option', option);
  if (form.shmSize.trim()) flag('--shm-size', form.shmSize.trim());
  for (const ulimit of listWords(form.ulimits)) flag('--ulimit', ulimit);
  if (form.init) bare('--init');
  if (form.logDriver.trim()) flag('--log-driver', form.logDriver.trim());
  for (const row of form.logOptions) flag('--log-opt', `${row.key}=${row.value}`);
  for (const opt of lines(form.securityOpt)) flag('--security-opt', opt);
  if (form.healthMode === 'none') bare('--no-healthcheck');
  else if (healthConfig(form)) {
    if (form.healthMode === 'command' && form.healthCmd.trim()) flag('--health-cmd', form.healthCmd);
    if (form.healthInterval.trim()) flag('--health-interval', form.healthInterval.trim());
    if (form.healthTimeout.trim()) flag('--health-timeout', form.healthTimeout.trim());
    if (form.healthStartPeriod.trim()) flag('--health-start-period', form.healthStartPeriod.trim());
    if (form.healthRetries.trim()) flag('--health-retries', form.healthRetries.trim());
  }
  for (const alias of listWords(form.networkAliases)) flag('--network-alias', alias);
  if (form.ipv4.trim()) flag('--ip', form.ipv4.trim());
  if (form.ipv6.trim()) flag('--ip6', form.ipv6.trim());
  for (const from of listWords(form.volumesFrom)) flag('--volumes-from', from);
  if (form.pidMode.trim()) flag('--pid', form.pidMode.trim());
  if (form.ipcMode.trim()) flag('--ipc', form.ipcMode.trim());
  if (form.utsMode.trim()) flag('--uts', form.utsMode.trim());
  for (const row of form.sysctls) flag('--sysctl', `${row.key}=${row.value}`);
  for (const mount of lines(form.tmpfs)) flag('--tmpfs', mount);
  if (form.stopSignal.trim()) flag('--stop-signal', form.stopSignal.trim());
  if (form.stopTimeout.trim()) flag('--stop-timeout', form.stopTimeout.trim());
  if (form.platform.trim()) flag('--platform', form.platform.trim());
  if (form.cpuset.trim()) flag('--cpuset-cpus', form.cpuset.trim());
  if (form.pidsLimit.trim()) flag('--pids-limit', form.pidsLimit.trim());
  for (const group of listWords(form.groupAdd)) flag('--group-add', group);
};

/** `docker network connect` for a network joined besides the main one. */
export const connectArgv = (row: NetworkRow, container: string): string[] => [
  'docker',
  'network',
  'connect',
  ...listWords(row.aliases).flatMap((alias) => ['--alias', alias]),
  ...(row.ipv4.trim() ? ['--ip', row.ipv4.trim()] : []),
  ...(row.ipv6.trim() ? ['--ip6', row.ipv6.trim()] : []),
  row.name,
  container,
];

/**
 * The `docker run` (or `docker create`) argv equivalent to a valid form: running it creates a
 * container whose inspect matches what the dialog would create.
 */
export const formToArgv = (form: RunForm, kept: readonly KeptSetting[] = []): string[] => {
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
  pushAdvanced(form, flag, (name) => argv.push(name));
  if (form.workingDir) flag('--workdir', form.workingDir);
  if (form.user) flag('--user', form.user);
  const { entrypoint, cmd } = commandParts(form);
  if (entrypoint) flag('--entrypoint', entrypoint[0] as string);
  argv.push(...keptArgv(kept).argv);
  argv.push(form.image.trim());
  if (cmd) argv.push(...cmd);
  return argv;
};

/**
 * The same, as one line to paste into a POSIX shell. The engine joins one network at create
 * (API 1.41), so other networks need `docker network connect` between create and start, as
 * Berth does it: then the command creates, connects and starts, in that order.
 */
export const formToCommand = (form: RunForm, kept: readonly KeptSetting[] = []): string => {
  if (form.networks.length === 0) return shellJoin(formToArgv(form, kept));
  const create = shellJoin(formToArgv({ ...form, start: false }, kept));
  const ref = form.name ? shellJoin([form.name]) : '"$id"';
  const steps = [
    form.name ? create : `id=$(${create})`,
    ...form.networks.map((row) => shellJoin(connectArgv(row, '@@')).replace(/@@$/, ref)),
    ...(form.start ? [`docker start ${ref}`] : []),
  ];
  return steps.join(' && ');
};
