import { parseIpv4, parseIpv6 } from '../networks/ip-address.js';
import {
  namespaceModeProblem,
  parseDevice,
  parseDnsSearch,
  parseGpus,
  parseTmpfs,
  parseUlimit,
  sysctlProblem,
  volumesFromProblem,
} from './advanced-specs.js';
import { parseGoDuration } from './go-duration.js';
import { lines, listWords, type RunForm } from './run-form.js';
import { parseMemory, parseMemoryBytes } from './units.js';

type Put = (path: string, problem: string | null | undefined) => void;

const NETWORK_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;
const LOG_DRIVER = /^[a-zA-Z0-9][a-zA-Z0-9_./:-]*$/;
/** moby's signal.ParseSignal: a number or a name, with or without SIG (RTMIN+3 included). */
const SIGNAL = /^(?:\d+|(?:SIG)?[A-Z][A-Z0-9]*(?:[+-]\d+)?)$/;
const PLATFORM = /^[a-zA-Z0-9_-]+(?:\/[a-zA-Z0-9_-]+(?:\/[a-zA-Z0-9_-]+)?)?$/;
const CPUSET = /^\d+(?:-\d+)?(?:,\d+(?:-\d+)?)*$/;
const INTEGER = /^-?\d{1,18}$/;
const USER_NETWORKS_ONLY = ['', 'default', 'bridge', 'host', 'none'];

/** The first problem of a list of words (or lines), each checked by `check`. */
const firstProblem = (items: readonly string[], check: (item: string) => string | null): string | null => {
  for (const item of items) {
    const problem = check(item);
    if (problem) return problem;
  }
  return null;
};

const durationProblem = (text: string, flag: string): string | null => {
  const value = text.trim();
  if (value === '') return null;
  const parsed = parseGoDuration(value);
  if (!parsed.ok) return `"${value}" is not a duration (e.g. 30s, 1m30s, 500ms).`;
  if (parsed.ns < 0n) return `${flag} cannot be negative`;
  // The engine's own rule (API ≥ 1.29): zero means "the default", anything else at least 1ms.
  if (parsed.ns > 0n && parsed.ns < 1_000_000n) return `${flag} is at least 1ms (or 0: the default).`;
  return null;
};

const ipProblem = (text: string, family: 4 | 6): string | null => {
  const value = text.trim();
  if (value === '') return null;
  const ok = family === 4 ? parseIpv4(value) !== null : parseIpv6(value) !== null;
  return ok ? null : `"${value}" is not an IPv${family} address.`;
};

const healthProblems = (form: RunForm, put: Put): void => {
  put('healthInterval', durationProblem(form.healthInterval, '--health-interval'));
  put('healthTimeout', durationProblem(form.healthTimeout, '--health-timeout'));
  put('healthStartPeriod', durationProblem(form.healthStartPeriod, '--health-start-period'));
  const retries = form.healthRetries.trim();
  if (retries !== '' && !/^\d{1,9}$/.test(retries))
    put('healthRetries', '--health-retries is a whole number (0 or more).');
  if (form.healthMode === 'command' && form.healthCmd.trim() === '')
    put('healthCmd', 'Give the command that checks health.');
  if (form.healthCmd.includes('\0')) put('healthCmd', 'The command cannot contain NUL bytes.');
  const timings = [form.healthInterval, form.healthTimeout, form.healthStartPeriod, form.healthRetries];
  if (form.healthMode === 'none' && timings.some((t) => t.trim() !== '')) {
    put('healthMode', '--no-healthcheck conflicts with --health-* options');
  }
};

const networkProblems = (form: RunForm, put: Put): void => {
  const userNetwork = !USER_NETWORKS_ONLY.includes(form.network);
  if (!userNetwork && listWords(form.networkAliases).length > 0)
    put(
      'networkAliases',
      'Aliases only work on user-defined networks (not the default bridge, host or none).',
    );
  if (!userNetwork && (form.ipv4.trim() || form.ipv6.trim()))
    put(form.ipv4.trim() ? 'ipv4' : 'ipv6', 'A fixed address only works on user-defined networks.');
  put('ipv4', ipProblem(form.ipv4, 4));
  put('ipv6', ipProblem(form.ipv6, 6));
  if (
    form.networks.length > 0 &&
    (['host', 'none'].includes(form.network) || form.network.startsWith('container:'))
  )
    put('networks', `A container on the ${form.network} network cannot join other networks.`);
  const seen = new Map<string, number>();
  form.networks.forEach((row, i) => {
    if (row.name.trim() === '') put(`networks.${i}.name`, 'Choose a network.');
    else if (!NETWORK_NAME.test(row.name) || ['host', 'none'].includes(row.name))
      put(`networks.${i}.name`, 'A user-defined network name: letters, digits, _ . -.');
    else if (row.name === (form.network || 'bridge'))
      put(`networks.${i}.name`, 'This is already the main network.');
    else if (seen.has(row.name))
      put(`networks.${i}.name`, `${row.name} is already in row ${(seen.get(row.name) ?? 0) + 1}.`);
    else seen.set(row.name, i);
    put(`networks.${i}.ipv4`, ipProblem(row.ipv4, 4));
    put(`networks.${i}.ipv6`, ipProblem(row.ipv6, 6));
  });
};

/** The docker CLI's rules for the advanced options, as validateForm applies them. */
export const advancedProblems = (form: RunForm, put: Put): void => {
  put(
    'devices',
    firstProblem(lines(form.devices), (d) => {
      const parsed = parseDevice(d);
      return parsed.ok ? null : parsed.message;
    }),
  );
  if (form.gpus.trim()) {
    const parsed = parseGpus(form.gpus.trim());
    if (!parsed.ok) put('gpus', parsed.message);
  }
  put(
    'dns',
    firstProblem(listWords(form.dns), (ip) =>
      ipProblem(ip, 4) && ipProblem(ip, 6) ? `${ip} is not an ip address` : null,
    ),
  );
  put(
    'dnsSearch',
    firstProblem(listWords(form.dnsSearch), (d) => {
      const parsed = parseDnsSearch(d);
      return parsed.ok ? null : parsed.message;
    }),
  );
  if (form.shmSize.trim()) {
    const parsed = parseMemoryBytes(form.shmSize.trim());
    if (!parsed.ok || parseMemory(form.shmSize.trim()) === null)
      put('shmSize', `"${form.shmSize.trim()}" is not a size (e.g. 64m, 1g).`);
    else if (parsed.bytes <= 0n) put('shmSize', 'The shared memory size must be more than 0.');
  }
  put(
    'ulimits',
    firstProblem(listWords(form.ulimits), (u) => {
      const parsed = parseUlimit(u);
      return parsed.ok ? null : parsed.message;
    }),
  );
  const driver = form.logDriver.trim();
  if (driver !== '' && !LOG_DRIVER.test(driver)) put('logDriver', `"${driver}" is not a log driver name.`);
  if (driver === 'none' && form.logOptions.length > 0)
    put('logOptions', 'invalid logging opts for driver none');
  form.logOptions.forEach((row, i) => {
    if (row.key.trim() === '' || /[\s=]/.test(row.key))
      put(`logOptions.${i}.key`, 'An option name without blanks or =.');
  });
  put(
    'securityOpt',
    firstProblem(lines(form.securityOpt), (opt) =>
      opt === 'no-new-privileges' || /^[a-z-]+[=:]./.test(opt) ? null : `Invalid --security-opt: "${opt}"`,
    ),
  );
  healthProblems(form, put);
  networkProblems(form, put);
  put('volumesFrom', firstProblem(listWords(form.volumesFrom), volumesFromProblem));
  put('pidMode', namespaceModeProblem(form.pidMode.trim(), 'PID'));
  put('ipcMode', namespaceModeProblem(form.ipcMode.trim(), 'IPC'));
  put('utsMode', namespaceModeProblem(form.utsMode.trim(), 'UTS'));
  if (form.utsMode.trim() === 'host' && form.hostname)
    put('hostname', 'The host UTS namespace uses the host’s hostname.');
  const sysctls = new Map<string, number>();
  form.sysctls.forEach((row, i) => {
    put(`sysctls.${i}.key`, sysctlProblem(row.key));
    if (sysctls.has(row.key))
      put(`sysctls.${i}.key`, `${row.key} is already set in row ${(sysctls.get(row.key) ?? 0) + 1}.`);
    else sysctls.set(row.key, i);
  });
  put(
    'tmpfs',
    firstProblem(lines(form.tmpfs), (t) => {
      const parsed = parseTmpfs(t);
      return parsed.ok ? null : parsed.message;
    }),
  );
  const signal = form.stopSignal.trim();
  if (signal !== '' && !SIGNAL.test(signal))
    put('stopSignal', `"${signal}" is not a signal (e.g. SIGTERM, SIGINT, 9).`);
  if (form.stopTimeout.trim() && !INTEGER.test(form.stopTimeout.trim()))
    put('stopTimeout', 'The stop timeout is whole seconds.');
  if (form.platform.trim() && !PLATFORM.test(form.platform.trim()))
    put('platform', 'A platform is os[/arch[/variant]] (e.g. linux/amd64).');
  if (form.cpuset.trim() && !CPUSET.test(form.cpuset.trim()))
    put('cpuset', 'CPUs as a list or ranges (e.g. 0-2,4).');
  if (form.pidsLimit.trim() && !INTEGER.test(form.pidsLimit.trim()))
    put('pidsLimit', 'The PIDs limit is a whole number (-1: unlimited).');
  put(
    'groupAdd',
    firstProblem(listWords(form.groupAdd), (g) =>
      /^[a-zA-Z0-9_.-]+$/.test(g) ? null : `"${g}" is not a group name or id.`,
    ),
  );
};
