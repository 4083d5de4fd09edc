import { shellJoin, splitShellWords } from '../../../shared/run/shell-words.js';
import { parseCpus, parseMemory } from '../../../shared/run/units.js';
import {
  emptyServiceForm,
  isHint,
  serviceFormProblems,
  serviceFormSchema,
  type ServiceForm,
  type ServiceMount,
  type ServicePort,
  type UpdatePolicy,
} from '../../../shared/swarm/service-form.js';
import { translate } from '../../i18n/index.js';
import { messages } from './messages.js';

/** What the dialog edits: text as typed; `toForm` turns it into the contract's ServiceForm. */
export interface PortDraft {
  readonly target: string;
  readonly published: string;
  readonly protocol: 'tcp' | 'udp';
  readonly mode: 'ingress' | 'host';
}

export interface MountDraft {
  readonly type: ServiceMount['type'];
  readonly source: string;
  readonly target: string;
  readonly readOnly: boolean;
}

export interface ServiceDraft {
  readonly name: string;
  readonly image: string;
  readonly command: string;
  readonly mode: 'replicated' | 'global';
  readonly replicas: string;
  readonly ports: readonly PortDraft[];
  /** KEY=value per line. */
  readonly env: string;
  readonly secrets: readonly string[];
  readonly networks: string;
  /** One constraint per line. */
  readonly constraints: string;
  /** Node labels to spread tasks over, one per line (`node.labels.zone`). */
  readonly spreadOver: string;
  readonly mounts: readonly MountDraft[];
  readonly configs: readonly string[];
  /** Docker's units (`256m`); empty: no limit. */
  readonly memoryLimit: string;
  readonly cpuLimit: string;
  /** Reserved per task (the scheduler places a task only where this much is free); empty: none. */
  readonly memoryReservation: string;
  readonly cpuReservation: string;
  readonly restartCondition: ServiceForm['restart']['condition'];
  readonly updateParallelism: string;
  readonly updateFailureAction: UpdatePolicy['failureAction'];
  readonly updateOrder: UpdatePolicy['order'];
  readonly rollbackParallelism: string;
  /** A rollback that fails can only pause or continue (`--rollback-failure-action`). */
  readonly rollbackFailureAction: 'pause' | 'continue';
  readonly rollbackOrder: UpdatePolicy['order'];
}

export const emptyDraft = (): ServiceDraft => ({
  name: '',
  image: '',
  command: '',
  mode: 'replicated',
  replicas: '1',
  ports: [],
  env: '',
  secrets: [],
  networks: '',
  constraints: '',
  spreadOver: '',
  mounts: [],
  configs: [],
  memoryLimit: '',
  cpuLimit: '',
  memoryReservation: '',
  cpuReservation: '',
  restartCondition: 'any',
  updateParallelism: '1',
  updateFailureAction: 'pause',
  updateOrder: 'stop-first',
  rollbackParallelism: '1',
  rollbackFailureAction: 'pause',
  rollbackOrder: 'stop-first',
});

export const emptyMount = (): MountDraft => ({ type: 'volume', source: '', target: '', readOnly: false });

export const emptyPort = (): PortDraft => ({ target: '', published: '', protocol: 'tcp', mode: 'ingress' });

const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

const int = (text: string): number => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

export interface DraftResult {
  readonly form: ServiceForm | null;
  /** Field path → message (paths of the draft, e.g. `ports.0.target`); hints end in `.hint`. */
  readonly problems: Readonly<Record<string, string>>;
}

/** A service's current form as the dialog's text, for "Edit settings". */
export const draftFromForm = (form: ServiceForm): ServiceDraft => ({
  name: form.name,
  image: form.image,
  command: shellJoin(form.args),
  mode: form.mode,
  replicas: String(form.replicas),
  ports: form.ports.map((p) => ({
    target: String(p.target),
    published: p.published === null ? '' : String(p.published),
    protocol: p.protocol,
    mode: p.mode,
  })),
  env: form.env.join('\n'),
  secrets: form.secrets.map((s) => s.name),
  networks: form.networks.join(', '),
  constraints: form.constraints.join('\n'),
  spreadOver: form.spreadOver.join('\n'),
  mounts: form.mounts.map((m) => ({ ...m })),
  configs: form.configs.map((c) => c.name),
  memoryLimit: form.resources.memoryLimit === null ? '' : String(form.resources.memoryLimit),
  cpuLimit: form.resources.cpuLimit === null ? '' : String(form.resources.cpuLimit),
  memoryReservation:
    form.resources.memoryReservation === null ? '' : String(form.resources.memoryReservation),
  cpuReservation: form.resources.cpuReservation === null ? '' : String(form.resources.cpuReservation),
  restartCondition: form.restart.condition,
  updateParallelism: String(form.update.parallelism),
  updateFailureAction: form.update.failureAction,
  updateOrder: form.update.order,
  rollbackParallelism: String(form.rollback.parallelism),
  rollbackFailureAction: form.rollback.failureAction === 'continue' ? 'continue' : 'pause',
  rollbackOrder: form.rollback.order,
});

/**
 * The form the backend gets, or the problems to show next to the fields; same rules as the
 * backend. `base` holds what the dialog does not show (an edited service's labels, secret
 * targets, rollback delay…), so an edit keeps it.
 */
export const draftToForm = (draft: ServiceDraft, base: ServiceForm = emptyServiceForm()): DraftResult => {
  const problems: Record<string, string> = {};
  const args = splitShellWords(draft.command);
  if (!args.ok) problems['command'] = args.error;
  const ports: ServicePort[] = draft.ports.map((p, i) => {
    const target = int(p.target);
    const published = p.published.trim() === '' ? null : int(p.published);
    if (!(target >= 1 && target <= 65535)) problems[`ports.${i}.target`] = translate(messages, 'problemPort');
    if (published !== null && !(published >= 1 && published <= 65535)) {
      problems[`ports.${i}.published`] = translate(messages, 'problemPublished');
    }
    return { target, published, protocol: p.protocol, mode: p.mode };
  });
  const memory = draft.memoryLimit.trim() === '' ? null : parseMemory(draft.memoryLimit);
  if (draft.memoryLimit.trim() !== '' && memory === null)
    problems['memoryLimit'] = translate(messages, 'problemSize');
  const nanoCpus = draft.cpuLimit.trim() === '' ? null : parseCpus(draft.cpuLimit);
  if (draft.cpuLimit.trim() !== '' && nanoCpus === null)
    problems['cpuLimit'] = translate(messages, 'problemCpus');
  const reservedMemory = draft.memoryReservation.trim() === '' ? null : parseMemory(draft.memoryReservation);
  if (draft.memoryReservation.trim() !== '' && reservedMemory === null)
    problems['memoryReservation'] = translate(messages, 'problemSize');
  const reservedNanoCpus = draft.cpuReservation.trim() === '' ? null : parseCpus(draft.cpuReservation);
  if (draft.cpuReservation.trim() !== '' && reservedNanoCpus === null)
    problems['cpuReservation'] = translate(messages, 'problemCpus');
  const parallelism = int(draft.updateParallelism);
  if (!(parallelism >= 0)) problems['updateParallelism'] = translate(messages, 'problemParallelism');
  const rollbackParallelism = int(draft.rollbackParallelism);
  if (!(rollbackParallelism >= 0))
    problems['rollbackParallelism'] = translate(messages, 'problemParallelism');
  const replicas = int(draft.replicas);
  if (draft.mode === 'replicated' && !(replicas >= 0 && replicas <= 10_000))
    problems['replicas'] = translate(messages, 'problemReplicas');
  const keepTarget = (refs: readonly { name: string; target: string }[], name: string): string =>
    refs.find((r) => r.name === name)?.target ?? '';
  const form: ServiceForm = {
    ...base,
    image: draft.image.trim(),
    name: draft.name.trim(),
    args: args.ok ? args.words : [],
    mode: draft.mode,
    replicas: Number.isNaN(replicas) ? 1 : replicas,
    ports,
    env: lines(draft.env),
    secrets: draft.secrets.map((name) => ({ name, target: keepTarget(base.secrets, name) })),
    networks: draft.networks
      .split(/[\s,]+/)
      .map((n) => n.trim())
      .filter((n) => n !== ''),
    constraints: lines(draft.constraints),
    spreadOver: lines(draft.spreadOver),
    mounts: draft.mounts.map((m) => ({ ...m, source: m.source.trim(), target: m.target.trim() })),
    configs: draft.configs.map((name) => ({ name, target: keepTarget(base.configs, name) })),
    resources: {
      ...base.resources,
      cpuLimit: nanoCpus === null ? null : nanoCpus / 1e9,
      memoryLimit: memory,
      cpuReservation: reservedNanoCpus === null ? null : reservedNanoCpus / 1e9,
      memoryReservation: reservedMemory,
    },
    restart: { ...base.restart, condition: draft.restartCondition },
    update: {
      ...base.update,
      parallelism: Number.isNaN(parallelism) ? 1 : parallelism,
      failureAction: draft.updateFailureAction,
      order: draft.updateOrder,
    },
    rollback: {
      ...base.rollback,
      parallelism: Number.isNaN(rollbackParallelism) ? 1 : rollbackParallelism,
      failureAction: draft.rollbackFailureAction,
      order: draft.rollbackOrder,
    },
  };
  if (Object.keys(problems).length === 0) {
    Object.assign(problems, serviceFormProblems(form));
    const parsed = serviceFormSchema.safeParse(form);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.path.join('.');
        problems[path] ??=
          path === 'name' && form.name === '' ? translate(messages, 'problemName') : issue.message;
      }
    }
  }
  const blocking = Object.keys(problems).some((p) => !isHint(p));
  return { form: blocking ? null : form, problems };
};
