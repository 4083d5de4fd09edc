import type { z } from 'zod';
import {
  contextCreateRequest,
  contextUpdateRequest,
  type CliContext,
} from '../../../shared/contract/channels/engines.js';
import { translate } from '../../i18n/index.js';
import { messages } from './messages.js';

export interface ContextForm {
  readonly name: string;
  readonly description: string;
  readonly host: string;
  /** Speak TLS to the endpoint (the context gets its own TLS material). */
  readonly tls: boolean;
  /** Verify the engine's certificate against the CA (the CLI's default); off is `skip-tls-verify`. */
  readonly verify: boolean;
  readonly ca: string;
  readonly cert: string;
  readonly key: string;
}

export type FormField = keyof ContextForm;
export type FieldErrors = Partial<Record<FormField, string>>;

export const EMPTY_CONTEXT_FORM: ContextForm = {
  name: '',
  description: '',
  host: '',
  tls: false,
  verify: true,
  ca: '',
  cert: '',
  key: '',
};

/** A stored context as the form starts editing it; its TLS files stay on disk unless replaced. */
export const formOf = (context: CliContext): ContextForm => ({
  ...EMPTY_CONTEXT_FORM,
  name: context.name,
  description: context.description,
  host: context.host,
  tls: context.tls.on,
  verify: !context.skipTlsVerify,
});

type CreateRequest = z.input<typeof contextCreateRequest>;
type UpdateRequest = z.input<typeof contextUpdateRequest>;

const optionalPem = (text: string): string | undefined =>
  text.trim() === '' ? undefined : `${text.trim()}\n`;

const docker = (form: ContextForm): CreateRequest['docker'] => {
  const host = form.host.trim();
  if (!form.tls) return { host, skipTlsVerify: false, tls: null };
  const ca = optionalPem(form.ca);
  const cert = optionalPem(form.cert);
  const key = optionalPem(form.key);
  return {
    host,
    skipTlsVerify: !form.verify,
    tls: { ...(ca ? { ca } : {}), ...(cert ? { cert } : {}), ...(key ? { key } : {}) },
  };
};

/** Dotted request paths to the form's fields (the backend's and the contract's issues). */
const FIELD_OF: Readonly<Record<string, FormField>> = {
  name: 'name',
  description: 'description',
  'docker.host': 'host',
  'docker.tls.ca': 'ca',
  'docker.tls.cert': 'cert',
  'docker.tls.key': 'key',
  'docker.skipTlsVerify': 'verify',
  'docker.tls': 'tls',
  docker: 'host',
};

export const fieldErrorsFrom = (issues: readonly { path: string; message: string }[]): FieldErrors => {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const prefix = Object.keys(FIELD_OF)
      .sort((a, b) => b.length - a.length)
      .find((p) => issue.path === p || issue.path.startsWith(`${p}.`));
    const field = prefix ? FIELD_OF[prefix] : 'name';
    if (field && errors[field] === undefined) errors[field] = issue.message;
  }
  return errors;
};

const SCHEMES = /^(?:unix|tcp|ssh|npipe):\/\//;

/**
 * What the form would send, checked by the contract's own schema first (its messages are the ones
 * shown): a request the backend would refuse is never sent. `endpointChanged` in an edit: only then
 * is the endpoint (and its TLS material) replaced, as `docker context update --docker` does.
 */
export type FormResult<R> =
  { readonly ok: true; readonly request: R } | { readonly ok: false; readonly errors: FieldErrors };

const check = <R>(schema: z.ZodType, request: R, form: ContextForm, withEndpoint: boolean): FormResult<R> => {
  const errors: FieldErrors = {};
  if (withEndpoint && form.host.trim() !== '' && !SCHEMES.test(form.host.trim())) {
    errors.host = translate(messages, 'hostScheme');
  }
  if (withEndpoint && form.tls && !form.host.trim().startsWith('tcp://')) {
    errors.tls = translate(messages, 'tlsNeedsTcp');
  }
  const parsed = schema.safeParse(request);
  if (!parsed.success) {
    Object.assign(
      errors,
      fieldErrorsFrom(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))),
      errors,
    );
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, request };
};

export const createRequestOf = (form: ContextForm): FormResult<CreateRequest> => {
  const description = form.description.trim();
  const request: CreateRequest = {
    name: form.name.trim(),
    ...(description ? { description } : {}),
    docker: docker(form),
  };
  return check(contextCreateRequest, request, form, true);
};

export const updateRequestOf = (form: ContextForm, endpointChanged: boolean): FormResult<UpdateRequest> => {
  const request: UpdateRequest = {
    name: form.name,
    description: form.description.trim(),
    ...(endpointChanged ? { docker: docker(form) } : {}),
  };
  return check(contextUpdateRequest, request, form, endpointChanged);
};
