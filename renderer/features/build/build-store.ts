import { create } from 'zustand';
import type { ContextInfo } from '../../../shared/contract/build.js';
import type { Client } from '../../ipc/client.js';
import { errorMessage } from '../../ipc/rpc-error.js';
import { applyTaskChanged, useTasksStore } from '../tasks/index.js';
import { EMPTY_FORM, isAbsolutePath, validateBuildForm, type BuildForm, type RowKind } from './build-form.js';

export type ContextMeasure =
  | { readonly state: 'idle' }
  | { readonly state: 'measuring' }
  | { readonly state: 'ready'; readonly info: ContextInfo }
  | { readonly state: 'error'; readonly message: string };

interface BuildState {
  readonly open: boolean;
  readonly form: BuildForm;
  /** Set once the user has tried to build: field errors show from then on. */
  readonly submitted: boolean;
  readonly measure: ContextMeasure;
  readonly starting: boolean;
  /** Why the backend refused to start the build (bad path, engine down…). */
  readonly startError: string | null;
  /** The build this dialog started; its progress comes from the tasks store. */
  readonly taskId: string | null;
}

const initial: BuildState = {
  open: false,
  form: EMPTY_FORM,
  submitted: false,
  measure: { state: 'idle' },
  starting: false,
  startError: null,
  taskId: null,
};

export const useBuildStore = create<BuildState>()(() => initial);

let nextRowId = 1;
let measureSeq = 0;

/** Opens the dialog on its form; what was typed last time is kept, a finished build is not. */
export const openBuildDialog = (defaults: Partial<Pick<BuildForm, 'contextPath' | 'tags'>> = {}): void => {
  useBuildStore.setState((s) => ({
    open: true,
    taskId: null,
    startError: null,
    submitted: false,
    form: { ...s.form, ...defaults },
  }));
};

export const closeBuildDialog = (): void => {
  useBuildStore.setState({ open: false, taskId: null, startError: null });
};

/** Back from a finished build to the form, to change something and build again. */
export const backToForm = (): void => {
  useBuildStore.setState({ taskId: null, startError: null });
};

export const updateForm = (patch: Partial<BuildForm>): void => {
  useBuildStore.setState((s) => ({ form: { ...s.form, ...patch } }));
};

export const addRow = (kind: RowKind): void => {
  useBuildStore.setState((s) => ({
    form: { ...s.form, [kind]: [...s.form[kind], { id: nextRowId++, key: '', value: '' }] },
  }));
};

export const updateRow = (kind: RowKind, id: number, patch: { key?: string; value?: string }): void => {
  useBuildStore.setState((s) => ({
    form: { ...s.form, [kind]: s.form[kind].map((row) => (row.id === id ? { ...row, ...patch } : row)) },
  }));
};

export const removeRow = (kind: RowKind, id: number): void => {
  useBuildStore.setState((s) => ({
    form: { ...s.form, [kind]: s.form[kind].filter((row) => row.id !== id) },
  }));
};

/** Measures the context as it will be sent; a newer request wins over a slower older one. */
export const measureContext = async (client: Client): Promise<void> => {
  const { contextPath, dockerfile } = useBuildStore.getState().form;
  const path = contextPath.trim();
  const seq = ++measureSeq;
  if (!isAbsolutePath(path)) {
    useBuildStore.setState({ measure: { state: 'idle' } });
    return;
  }
  useBuildStore.setState({ measure: { state: 'measuring' } });
  try {
    const info = await client.invoke('build.contextInfo', {
      contextPath: path,
      dockerfile: dockerfile.trim() || 'Dockerfile',
    });
    if (seq === measureSeq) useBuildStore.setState({ measure: { state: 'ready', info } });
  } catch (err) {
    if (seq === measureSeq)
      useBuildStore.setState({ measure: { state: 'error', message: errorMessage(err) } });
  }
};

export const startBuild = async (client: Client): Promise<void> => {
  const { form, starting } = useBuildStore.getState();
  if (starting) return;
  const { request } = validateBuildForm(form);
  useBuildStore.setState({ submitted: true, startError: null });
  if (!request) return;
  useBuildStore.setState({ starting: true });
  try {
    const task = await client.invoke('build.start', request);
    // Its `tasks.changed` normally came first; if not, the answer is the first snapshot.
    if (!useTasksStore.getState().tasks.some((t) => t.id === task.id)) applyTaskChanged({ task });
    useBuildStore.setState({ taskId: task.id, starting: false, submitted: false });
  } catch (err) {
    useBuildStore.setState({ starting: false, startError: errorMessage(err) });
  }
};
