import type { ServiceForm } from '../../../shared/swarm/service-form.js';
import { serviceSpecFromForm, type FileIds } from '../../../shared/swarm/service-spec.js';
import type { ServiceSummary, ServiceTask } from '../../../shared/swarm/swarm-types.js';
import type { EngineConnection } from '../engine/engine-connection.js';
import { BerthError } from '../errors/berth-error.js';
import { statusCodeOf } from '../errors/docker-errors.js';
import type { ServiceSync } from './service-sync.js';
import { filtersQuery, swarmDial } from './swarm-api.js';
import {
  toServiceSummary,
  toServiceTask,
  type RawNode,
  type RawObject,
  type RawService,
  type RawServiceSpec,
  type RawTask,
} from './swarm-raw.js';
import { requireManager } from './swarm-state.js';
import { worded } from '../../../shared/contract/error-texts.js';

export interface ServiceDeps {
  readonly connection: EngineConnection;
  readonly services: ServiceSync;
}

export const inspectService = async (connection: EngineConnection, ref: string): Promise<RawService> => {
  try {
    return await connection.call((client, signal) =>
      swarmDial<RawService>(client, { path: `/services/${encodeURIComponent(ref)}`, method: 'GET' }, signal),
    );
  } catch (err) {
    if (statusCodeOf(err) === 404) throw new BerthError('NOT_FOUND', worded('noService', { ref }));
    if (statusCodeOf(err) === 503) await requireManager(connection);
    throw err;
  }
};

/** Secret and config names the form uses → their ids; a missing one is a field error. */
const resolveFiles = async (connection: EngineConnection, form: ServiceForm): Promise<FileIds> => {
  const lookup = async (
    kind: 'secrets' | 'configs',
    names: readonly string[],
  ): Promise<Record<string, string>> => {
    if (names.length === 0) return {};
    const raws = await connection.call((client, signal) =>
      swarmDial<RawObject[]>(
        client,
        { path: `/${kind}`, method: 'GET', query: { filters: filtersQuery({ name: names }) } },
        signal,
      ),
    );
    const ids: Record<string, string> = {};
    // The name filter matches prefixes too: keep exact names only.
    for (const raw of raws) if (names.includes(raw.Spec.Name)) ids[raw.Spec.Name] = raw.ID;
    const path = kind === 'secrets' ? 'secrets' : 'configs';
    const issues = names
      .map((name, i) => ({ name, i }))
      .filter(({ name }) => ids[name] === undefined)
      .map(({ name, i }) => ({
        path: `${path}.${i}.name`,
        ...worded(kind === 'secrets' ? 'noSecretNamed' : 'noConfigNamed', { name }),
      }));
    const [first] = issues;
    if (first) {
      // One missing name words the whole error; several are each worded beside their fields.
      const message = issues.map((x) => x.message).join(' ');
      throw new BerthError('VALIDATION', issues.length === 1 ? first : message, issues);
    }
    return ids;
  };
  const [secrets, configs] = await Promise.all([
    lookup(
      'secrets',
      form.secrets.map((s) => s.name),
    ),
    lookup(
      'configs',
      form.configs.map((c) => c.name),
    ),
  ]);
  return { secrets, configs };
};

const summaryAfter = async (deps: ServiceDeps, id: string): Promise<ServiceSummary> => {
  const fromModel = await deps.services.refresh(id);
  if (fromModel) return fromModel;
  return toServiceSummary(await inspectService(deps.connection, id));
};

export const createService = async (deps: ServiceDeps, form: ServiceForm): Promise<ServiceSummary> => {
  await requireManager(deps.connection);
  const spec = serviceSpecFromForm(form, await resolveFiles(deps.connection, form));
  let created: { ID: string };
  try {
    created = await deps.connection.call((client, signal) =>
      swarmDial<{ ID: string }>(
        client,
        { path: '/services/create', method: 'POST', body: spec, ok: [201] },
        signal,
      ),
    );
  } catch (err) {
    if (statusCodeOf(err) === 409)
      throw new BerthError('CONFLICT', worded('serviceExists', { name: form.name }));
    throw err;
  }
  return summaryAfter(deps, created.ID);
};

/** One spec update at the version read, so a concurrent change is refused rather than overwritten. */
const writeSpec = async (
  deps: ServiceDeps,
  current: RawService,
  spec: RawServiceSpec | object,
  query: Readonly<Record<string, string | number | boolean>> = {},
): Promise<ServiceSummary> => {
  try {
    await deps.connection.call((client, signal) =>
      swarmDial<unknown>(
        client,
        {
          path: `/services/${current.ID}/update`,
          method: 'POST',
          query: { version: current.Version?.Index ?? 0, ...query },
          body: spec,
        },
        signal,
      ),
    );
  } catch (err) {
    const code = statusCodeOf(err);
    if (code === 404)
      throw new BerthError('NOT_FOUND', worded('serviceRemoved', { name: current.Spec.Name ?? current.ID }));
    // "update out of sequence": someone else changed it since it was read.
    if (code === 500 && /out of sequence/i.test((err as Error).message)) {
      throw new BerthError('CONFLICT', worded('serviceChanged'));
    }
    throw err;
  }
  return summaryAfter(deps, current.ID);
};

export const scaleService = async (
  deps: ServiceDeps,
  id: string,
  replicas: number,
): Promise<ServiceSummary> => {
  const current = await inspectService(deps.connection, id);
  if (current.Spec.Mode?.Replicated === undefined) {
    throw new BerthError('UNSUPPORTED', worded('serviceGlobal', { name: current.Spec.Name ?? id }));
  }
  return writeSpec(deps, current, { ...current.Spec, Mode: { Replicated: { Replicas: replicas } } });
};

export interface UpdateChange {
  readonly image?: string | undefined;
  readonly form?: ServiceForm | undefined;
  readonly force: boolean;
}

export const updateService = async (
  deps: ServiceDeps,
  id: string,
  change: UpdateChange,
): Promise<ServiceSummary> => {
  const current = await inspectService(deps.connection, id);
  let spec: RawServiceSpec;
  if (change.form) {
    if (change.form.name !== current.Spec.Name) {
      throw new BerthError('VALIDATION', worded('serviceRenamed'), [
        { path: 'name', ...worded('serviceRenamed') },
      ]);
    }
    spec = serviceSpecFromForm(
      change.form,
      await resolveFiles(deps.connection, change.form),
    ) as unknown as RawServiceSpec;
  } else {
    spec = current.Spec;
  }
  const template = spec.TaskTemplate ?? {};
  const containerSpec = template.ContainerSpec ?? {};
  const forceUpdate =
    typeof current.Spec.TaskTemplate?.['ForceUpdate'] === 'number'
      ? current.Spec.TaskTemplate['ForceUpdate']
      : 0;
  const next: RawServiceSpec = {
    ...spec,
    TaskTemplate: {
      ...template,
      ContainerSpec: { ...containerSpec, ...(change.image ? { Image: change.image.trim() } : {}) },
      ForceUpdate: change.force ? forceUpdate + 1 : forceUpdate,
    },
  };
  return writeSpec(deps, current, next);
};

/** Back to the previous spec (the engine keeps one), as `docker service rollback` does. */
export const rollbackService = async (deps: ServiceDeps, id: string): Promise<ServiceSummary> => {
  const current = await inspectService(deps.connection, id);
  if (!current.PreviousSpec) {
    throw new BerthError('CONFLICT', worded('serviceNoPrevious', { name: current.Spec.Name ?? id }));
  }
  return writeSpec(deps, current, current.Spec, { rollback: 'previous' });
};

export const removeService = async (deps: ServiceDeps, id: string): Promise<void> => {
  try {
    await deps.connection.call((client, signal) =>
      swarmDial<unknown>(client, { path: `/services/${encodeURIComponent(id)}`, method: 'DELETE' }, signal),
    );
  } catch (err) {
    // Removed meanwhile (another window, the CLI): done, not an error.
    if (statusCodeOf(err) !== 404) throw err;
  }
  await deps.services.refresh(id).catch(() => undefined);
};

const STATE_ORDER: Record<string, number> = { running: 0 };

/** The service's tasks, newest first within each slot, with node names and the engine's errors. */
export const listTasks = async (connection: EngineConnection, id: string): Promise<ServiceTask[]> => {
  const service = await inspectService(connection, id);
  const [tasks, nodes] = await Promise.all([
    connection.call((client, signal) =>
      swarmDial<RawTask[]>(
        client,
        { path: '/tasks', method: 'GET', query: { filters: filtersQuery({ service: [service.ID] }) } },
        signal,
      ),
    ),
    connection.call((client, signal) =>
      swarmDial<RawNode[]>(client, { path: '/nodes', method: 'GET' }, signal),
    ),
  ]);
  const names = new Map(nodes.map((n) => [n.ID, n.Description?.Hostname ?? n.ID]));
  return tasks
    .filter((t) => t.ServiceID === service.ID)
    .map((t) => toServiceTask(t, names, service.Spec.TaskTemplate))
    .sort(
      (a, b) =>
        (a.slot ?? 0) - (b.slot ?? 0) ||
        (STATE_ORDER[a.desiredState] ?? 1) - (STATE_ORDER[b.desiredState] ?? 1) ||
        (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0),
    );
};
