import type {
  CreatableDriver,
  CreateNetworkRequest,
  NetworkSummary,
} from '../../../shared/contract/networks.js';
import { parseKeyValueLines } from '../../../shared/networks/key-value-lines.js';
import { validateNetworkSpec } from '../../../shared/networks/network-validation.js';

/** The create dialog's fields, as typed. */
export interface NetworkForm {
  readonly name: string;
  readonly driver: CreatableDriver;
  readonly subnet: string;
  readonly ipRange: string;
  readonly gateway: string;
  readonly ipv6: boolean;
  readonly ipv6Subnet: string;
  readonly ipv6Gateway: string;
  readonly internal: boolean;
  readonly attachable: boolean;
  /** Overlay only. */
  readonly encrypted: boolean;
  readonly labels: string;
  readonly options: string;
}

export const EMPTY_NETWORK_FORM: NetworkForm = {
  name: '',
  driver: 'bridge',
  subnet: '',
  ipRange: '',
  gateway: '',
  ipv6: false,
  ipv6Subnet: '',
  ipv6Gateway: '',
  internal: false,
  attachable: false,
  encrypted: false,
  labels: '',
  options: '',
};

export type FormField = keyof NetworkForm;

/** Request issue paths → the field that shows them. */
const FIELD_OF: Readonly<Record<string, FormField>> = {
  name: 'name',
  driver: 'driver',
  'ipv4.subnet': 'subnet',
  'ipv4.ipRange': 'ipRange',
  'ipv4.gateway': 'gateway',
  'ipv6.subnet': 'ipv6Subnet',
  'ipv6.ipRange': 'ipv6Subnet',
  'ipv6.gateway': 'ipv6Gateway',
  labels: 'labels',
  options: 'options',
};

export type FieldErrors = Partial<Record<FormField, string>>;

/** Backend issues (dotted request paths) placed on the form's fields; the first per field wins. */
export const fieldErrorsFrom = (issues: readonly { path: string; message: string }[]): FieldErrors => {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const prefix = Object.keys(FIELD_OF).find((p) => issue.path === p || issue.path.startsWith(`${p}.`));
    const field = prefix ? FIELD_OF[prefix] : 'name';
    if (field && errors[field] === undefined) errors[field] = issue.message;
  }
  return errors;
};

const NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,127}$/;

const optional = (text: string): string | undefined => (text.trim() === '' ? undefined : text.trim());

export type FormResult =
  | { readonly ok: true; readonly request: CreateNetworkRequest }
  | { readonly ok: false; readonly errors: FieldErrors };

/**
 * Turns the form into a create request, checking what the backend checks (same shared
 * functions), so mistakes show on their fields before anything is sent.
 */
export const formToRequest = (form: NetworkForm, existing: readonly NetworkSummary[]): FormResult => {
  const errors: FieldErrors = {};
  const name = form.name.trim();
  if (!NAME.test(name)) {
    errors.name =
      name === ''
        ? 'A name is required.'
        : 'Use letters, digits, _ . - only, starting with a letter or digit (at most 128).';
  }
  const labels = parseKeyValueLines(form.labels);
  if (!labels.ok) errors.labels = labels.error;
  const options = parseKeyValueLines(form.options);
  if (!options.ok) errors.options = options.error;
  const subnet = optional(form.subnet);
  if (!subnet && (optional(form.gateway) || optional(form.ipRange))) {
    errors.subnet = 'A gateway or IP range needs a subnet.';
  }
  const ipv6Subnet = optional(form.ipv6Subnet);
  if (form.ipv6 && !ipv6Subnet) errors.ipv6Subnet = 'IPv6 needs a subnet, like fd00:123::/64.';
  const gateway = optional(form.gateway);
  const ipRange = optional(form.ipRange);
  const ipv6Gateway = optional(form.ipv6Gateway);
  const request: CreateNetworkRequest = {
    name,
    driver: form.driver,
    ...(subnet && {
      ipv4: { subnet, ...(gateway && { gateway }), ...(ipRange && { ipRange }) },
    }),
    ...(form.ipv6 &&
      ipv6Subnet && { ipv6: { subnet: ipv6Subnet, ...(ipv6Gateway && { gateway: ipv6Gateway }) } }),
    internal: form.internal,
    attachable: form.attachable,
    ...(form.driver === 'overlay' && form.encrypted && { encrypted: true }),
    labels: labels.ok ? labels.values : {},
    options: options.ok ? options.values : {},
  };
  const issues = validateNetworkSpec(
    request,
    existing.map((n) => ({ name: n.name, subnets: n.subnets.map((s) => s.subnet) })),
  );
  const all = { ...fieldErrorsFrom(issues), ...errors };
  return Object.keys(all).length > 0 ? { ok: false, errors: all } : { ok: true, request };
};
