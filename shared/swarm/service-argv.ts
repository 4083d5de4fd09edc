import { shellJoin } from '../run/shell-words.js';
import {
  defaultUpdatePolicy,
  emptyServiceForm,
  type ServiceForm,
  type UpdatePolicy,
} from './service-form.js';
import { configTarget, secretTarget } from './service-spec.js';

const csv = (pairs: readonly (readonly [string, string | number | null | false])[]): string =>
  pairs
    .filter((p): p is readonly [string, string | number] => p[1] !== null && p[1] !== false && p[1] !== '')
    .map(([k, v]) => `${k}=${v}`)
    .join(',');

const duration = (seconds: number): string => `${seconds}s`;

/** Flags for an update or rollback policy, only where it differs from the CLI's default. */
const policyFlags = (prefix: 'update' | 'rollback', p: UpdatePolicy): string[] => {
  const d = defaultUpdatePolicy();
  const out: string[] = [];
  if (p.parallelism !== d.parallelism) out.push(`--${prefix}-parallelism`, String(p.parallelism));
  if (p.delaySeconds !== d.delaySeconds) out.push(`--${prefix}-delay`, duration(p.delaySeconds));
  if (p.failureAction !== d.failureAction) out.push(`--${prefix}-failure-action`, p.failureAction);
  if (p.order !== d.order) out.push(`--${prefix}-order`, p.order);
  if (p.maxFailureRatio !== d.maxFailureRatio)
    out.push(`--${prefix}-max-failure-ratio`, String(p.maxFailureRatio));
  if (p.monitorSeconds !== d.monitorSeconds) out.push(`--${prefix}-monitor`, duration(p.monitorSeconds));
  return out;
};

/**
 * `docker service create …` for the form, as argv. Built from the same form as the engine
 * spec (service-spec.ts), and the engine spec test checks the CLI makes an equal service.
 */
export const serviceCreateArgv = (form: ServiceForm): string[] => {
  const d = emptyServiceForm();
  const argv = ['docker', 'service', 'create'];
  if (form.name) argv.push('--name', form.name);
  if (form.mode === 'global') argv.push('--mode', 'global');
  else if (form.replicas !== 1) argv.push('--replicas', String(form.replicas));
  for (const p of form.ports) {
    argv.push(
      '--publish',
      csv([
        ['mode', p.mode === 'host' ? 'host' : null],
        ['published', p.published],
        ['target', p.target],
        ['protocol', p.protocol === 'udp' ? 'udp' : null],
      ]),
    );
  }
  for (const line of form.env) argv.push('--env', line);
  for (const m of form.mounts) {
    argv.push(
      '--mount',
      csv([
        ['type', m.type],
        ['source', m.source || null],
        ['target', m.target],
        ['readonly', m.readOnly ? 'true' : null],
      ]),
    );
  }
  for (const n of form.networks) argv.push('--network', n);
  for (const c of form.constraints) argv.push('--constraint', c.trim());
  for (const label of form.spreadOver) argv.push('--placement-pref', `spread=${label}`);
  const r = form.resources;
  if (r.cpuLimit !== null) argv.push('--limit-cpu', String(r.cpuLimit));
  if (r.memoryLimit !== null) argv.push('--limit-memory', String(r.memoryLimit));
  if (r.cpuReservation !== null) argv.push('--reserve-cpu', String(r.cpuReservation));
  if (r.memoryReservation !== null) argv.push('--reserve-memory', String(r.memoryReservation));
  if (form.restart.condition !== d.restart.condition)
    argv.push('--restart-condition', form.restart.condition);
  if (form.restart.delaySeconds !== d.restart.delaySeconds) {
    argv.push('--restart-delay', duration(form.restart.delaySeconds));
  }
  if (form.restart.maxAttempts !== d.restart.maxAttempts) {
    argv.push('--restart-max-attempts', String(form.restart.maxAttempts));
  }
  argv.push(...policyFlags('update', form.update), ...policyFlags('rollback', form.rollback));
  for (const s of form.secrets)
    argv.push(
      '--secret',
      csv([
        ['source', s.name],
        ['target', secretTarget(s)],
      ]),
    );
  for (const c of form.configs)
    argv.push(
      '--config',
      csv([
        ['source', c.name],
        ['target', configTarget(c)],
      ]),
    );
  for (const [k, v] of Object.entries(form.labels)) argv.push('--label', `${k}=${v}`);
  argv.push(form.image.trim() || '<image>', ...form.args);
  return argv;
};

export const serviceCreateCommand = (form: ServiceForm): string => shellJoin(serviceCreateArgv(form));
