import { sectionForEngineError } from '../../../shared/run/engine-error-section.js';
import {
  applyImagePrefill,
  cloneName,
  hostPortsToCheck,
  portInUseMessage,
} from '../../../shared/run/dialog-helpers.js';
import type { RunForm } from '../../../shared/run/run-form.js';
import type { Client } from '../../ipc/client.js';
import { errorMessage, isEngineAnswer, isRpcError } from '../../ipc/rpc-error.js';
import { openContainer, useDetailStore } from '../container-detail/index.js';
import { useContainersStore } from '../containers/index.js';
import { notify } from '../../lib/notifications-store.js';
import {
  closeRunDialog,
  containerLoaded,
  createdNotStarted,
  loadFailed,
  setEngineError,
  setSubmitError,
  setImageStatus,
  setPhase,
  setPickLists,
  setPortWarnings,
  useRunDialogStore,
} from './run-dialog-store.js';

/** True while the dialog is still the opening that started a call. */
const current = (session: number): boolean => useRunDialogStore.getState().session === session;

/** Local images, networks and volumes for the pickers; a failure only leaves them empty. */
export const loadPickLists = async (client: Client, session: number): Promise<void> => {
  const [images, options] = await Promise.allSettled([
    client.invoke('run.localImages', {}),
    client.invoke('run.options', {}),
  ]);
  if (!current(session)) return;
  setPickLists({
    ...(images.status === 'fulfilled' ? { localImages: images.value } : {}),
    ...(options.status === 'fulfilled'
      ? { networks: options.value.networks, volumes: options.value.volumes }
      : {}),
  });
};

/** Edit and Clone start from the container's inspect, read back as a form. */
export const loadContainer = async (client: Client, session: number, ref: string): Promise<void> => {
  try {
    const loaded = await client.invoke('run.fromContainer', { ref });
    if (!current(session)) return;
    const { mode } = useRunDialogStore.getState();
    const taken = new Set(Array.from(useContainersStore.getState().byId.values(), (c) => c.name));
    // An edit starts the replacement only if the original ran (or the person asks to).
    containerLoaded(
      loaded,
      mode === 'clone'
        ? { ...loaded.form, name: cloneName(loaded.name, taken) }
        : { ...loaded.form, start: loaded.running },
    );
  } catch (err) {
    if (current(session)) loadFailed(errorMessage(err));
  }
};

/** What the chosen image brings; in create mode its exposed ports are prefilled. */
export const checkImage = async (client: Client, session: number, image: string): Promise<void> => {
  setImageStatus({ state: 'checking' });
  try {
    const info = await client.invoke('run.imageDefaults', { image });
    if (!current(session) || useRunDialogStore.getState().form.image.trim() !== image) return;
    setImageStatus({ state: 'present', info });
    if (useRunDialogStore.getState().mode === 'create') {
      useRunDialogStore.setState((s) => ({ form: applyImagePrefill(s.form, info) }));
    }
  } catch (err) {
    if (!current(session) || useRunDialogStore.getState().form.image.trim() !== image) return;
    setImageStatus(
      isRpcError(err, 'NOT_FOUND')
        ? { state: 'missing', message: `${image} is not present locally.` }
        : { state: 'idle' },
    );
  }
};

/** Flags host ports already taken (by a program or another container) before submit. */
export const checkPorts = async (client: Client, session: number, form: RunForm): Promise<void> => {
  const wanted = hostPortsToCheck(form);
  if (wanted.length === 0) {
    setPortWarnings({});
    return;
  }
  const { mode, target } = useRunDialogStore.getState();
  try {
    const checks = await client.invoke('run.checkPorts', {
      ports: wanted.map(({ hostIp, hostPort, protocol }) => ({ hostIp, hostPort, protocol })),
      ...(mode === 'edit' && target ? { exclude: target.id } : {}),
    });
    if (!current(session) || useRunDialogStore.getState().form !== form) return;
    const warnings: Record<number, string> = {};
    checks.forEach((check, i) => {
      const message = portInUseMessage(check);
      const row = wanted[i]?.row;
      if (message && row !== undefined) warnings[row] = message;
    });
    setPortWarnings(warnings);
  } catch {
    // A failed check says nothing about the ports: the engine still decides at start.
  }
};

/**
 * Only the engine's own answers are shown as "the engine said", next to their section. A dropped
 * link, a request refused before it reached the engine (too large, failed validation), a timeout
 * say so in their own words by the buttons.
 */
const showSubmitError = (err: unknown): void => {
  const message = errorMessage(err);
  if (isEngineAnswer(err)) setEngineError({ section: sectionForEngineError(message), message });
  else setSubmitError(message);
};

/** Create (and start) or, for Edit, apply the change transactionally. */
export const submitRun = async (client: Client): Promise<void> => {
  const { mode, target, form, session } = useRunDialogStore.getState();
  setPhase('submitting');
  try {
    if (mode === 'edit' && target) {
      const result = await client.invoke('run.edit', { ref: target.id, form });
      if (!current(session)) return;
      if (useDetailStore.getState().id === target.id) openContainer(result.id);
      closeRunDialog();
      notify(`Applied the changes to ${result.name}`);
      return;
    }
    const result = await client.invoke('run.create', { form });
    if (!current(session)) return;
    if (result.startError !== undefined) {
      createdNotStarted(result);
      return;
    }
    closeRunDialog();
    notify(result.started ? `Started ${result.name}` : `Created ${result.name}`);
  } catch (err) {
    if (current(session)) showSubmitError(err);
  }
};

export const removeCreated = async (client: Client): Promise<void> => {
  const { created, session } = useRunDialogStore.getState();
  if (!created) return;
  try {
    const [outcome] = await client.invoke('containers.remove', {
      refs: [created.id],
      volumes: true,
      force: true,
    });
    if (outcome && !outcome.ok) throw new Error(outcome.error?.message ?? 'The engine refused.');
    if (current(session)) closeRunDialog();
  } catch (err) {
    notify(`Could not remove ${created.name}`, [errorMessage(err)]);
  }
};
