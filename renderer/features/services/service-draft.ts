import { splitShellWords } from '../../../shared/run/shell-words.js';
import {
  emptyServiceForm,
  isHint,
  serviceFormProblems,
  serviceFormSchema,
  type ServiceForm,
  type ServicePort,
} from '../../../shared/swarm/service-form.js';

/** What the dialog edits: text as typed; `toForm` turns it into the contract's ServiceForm. */
export interface PortDraft {
  readonly target: string;
  readonly published: string;
  readonly protocol: 'tcp' | 'udp';
  readonly mode: 'ingress' | 'host';
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
});

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

/** The form the backend gets, or the problems to show next to the fields; same rules as the backend. */
export const draftToForm = (draft: ServiceDraft): DraftResult => {
  const problems: Record<string, string> = {};
  const args = splitShellWords(draft.command);
  if (!args.ok) problems['command'] = args.error;
  const ports: ServicePort[] = draft.ports.map((p, i) => {
    const target = int(p.target);
    const published = p.published.trim() === '' ? null : int(p.published);
    if (!(target >= 1 && target <= 65535)) problems[`ports.${i}.target`] = 'A port is 1 to 65535.';
    if (published !== null && !(published >= 1 && published <= 65535)) {
      problems[`ports.${i}.published`] = 'A port is 1 to 65535, or empty to let the engine choose.';
    }
    return { target, published, protocol: p.protocol, mode: p.mode };
  });
  const replicas = int(draft.replicas);
  if (draft.mode === 'replicated' && !(replicas >= 0 && replicas <= 10_000))
    problems['replicas'] = 'Replicas is 0 to 10000.';
  const form: ServiceForm = {
    ...emptyServiceForm(draft.image.trim()),
    name: draft.name.trim(),
    args: args.ok ? args.words : [],
    mode: draft.mode,
    replicas: Number.isNaN(replicas) ? 1 : replicas,
    ports,
    env: lines(draft.env),
    secrets: draft.secrets.map((name) => ({ name, target: '' })),
    networks: draft.networks
      .split(/[\s,]+/)
      .map((n) => n.trim())
      .filter((n) => n !== ''),
    constraints: lines(draft.constraints),
  };
  if (Object.keys(problems).length === 0) {
    Object.assign(problems, serviceFormProblems(form));
    const parsed = serviceFormSchema.safeParse(form);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.path.join('.');
        problems[path] ??= path === 'name' && form.name === '' ? 'Give the service a name.' : issue.message;
      }
    }
  }
  const blocking = Object.keys(problems).some((p) => !isHint(p));
  return { form: blocking ? null : form, problems };
};
