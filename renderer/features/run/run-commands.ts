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
import { onEngineOf, plainId } from '../../lib/engine-routing.js';
import { openContainer, useDetailStore } from '../container-detail/index.js';
import { useContainersStore } from '../containers/index.js';
import { translate } from '../../i18n/index.js';
import { notify } from '../../lib/notifications-store.js';
import { runMessages } from './messages.js';
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

/** Spread into every request of the dialog: the engine this opening targets (`{}`: the launch engine). */
export const runTarget = (): { readonly engine?: string } => {
  const { engine } = useRunDialogStore.getState();
  return engine === null ? {} : { engine };
};

/** Local images, networks and volumes for the pickers; a failure only leaves them empty. */
export const loadPickLists = async (client: Client, session: number): Promise<void> => {
  const [images, options] = await Promise.allSettled([
    client.invoke('run.localImages', runTarget()),
    client.invoke('run.options', runTarget()),
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
    const info = await client.invoke('run.imageDefaults', { image, ...runTarget() });
    if (!current(session) || useRunDialogStore.getState().form.image.trim() !== image) return;
    setImageStatus({ state: 'present', info });
    if (useRunDialogStore.getState().mode === 'create') {
      useRunDialogStore.setState((s) => ({ form: applyImagePrefill(s.form, info) }));
    }
  } catch (err) {
    if (!current(session) || useRunDialogStore.getState().form.image.trim() !== image) return;
    setImageStatus(
      isRpcError(err, 'NOT_FOUND')
        ? { state: 'missing', message: translate(runMessages, 'imageMissing', { image }) }
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
      ...runTarget(),
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
  const { mode, target, form, session, ref } = useRunDialogStore.getState();
  setPhase('submitting');
  try {
    if (mode === 'edit' && target) {
      // The engine answers with plain ids; the detail is keyed as the lists key it (`ref`).
      const result = await client.invoke('run.edit', { ref: target.id, form, ...runTarget() });
      if (!current(session)) return;
      const open = useDetailStore.getState().id;
      if (open !== null && (open === target.id || open === ref))
        openContainer(ref ? onEngineOf(ref, result.id) : result.id);
      closeRunDialog();
      notify(translate(runMessages, 'appliedTo', { name: result.name }));
      return;
    }
    // A clone carries what the form does not model from the original, as Edit does.
    // The clone's original is named plainly: the request already names its engine.
    const result = await client.invoke(
      'run.create',
      mode === 'clone' && ref ? { form, from: plainId(ref), ...runTarget() } : { form, ...runTarget() },
    );
    if (!current(session)) return;
    if (result.startError !== undefined) {
      createdNotStarted(result);
      return;
    }
    closeRunDialog();
    notify(translate(runMessages, result.started ? 'startedNamed' : 'createdNamed', { name: result.name }));
  } catch (err) {
    if (current(session)) showSubmitError(err);
  }
};

export const removeCreated = async (client: Client): Promise<void> => {
  const { created, session } = useRunDialogStore.getState();
  if (!created) return;
  try {
    const [outcome] = await client.invoke('containers.remove', {
      ...runTarget(),
      refs: [created.id],
      volumes: true,
      force: true,
    });
    if (outcome && !outcome.ok)
      throw new Error(outcome.error?.message ?? translate(runMessages, 'engineRefused'));
    if (current(session)) closeRunDialog();
  } catch (err) {
    notify(translate(runMessages, 'removeFailed', { name: created.name }), [errorMessage(err)]);
  }
};
