import { create } from 'zustand';
import type {
  ContainerForm,
  ImageInfo,
  KeptSetting,
  LocalImage,
  RunCreated,
} from '../../../shared/contract/run.js';
import type { RunSection } from '../../../shared/run/engine-error-section.js';
import { emptyForm, type RunForm } from '../../../shared/run/run-form.js';

export type RunMode = 'create' | 'edit' | 'clone';
export type RunPhase = 'loading' | 'form' | 'review' | 'submitting' | 'created';

export interface RunTarget {
  readonly id: string;
  readonly name: string;
  readonly running: boolean;
  readonly autoRemove: boolean;
}

export type ImageStatus =
  | { readonly state: 'idle' }
  | { readonly state: 'checking' }
  | { readonly state: 'present'; readonly info: ImageInfo }
  | { readonly state: 'missing'; readonly message: string };

export interface RunDialogState {
  readonly open: boolean;
  /** Bumped on every open, so loads of an earlier opening are ignored. */
  readonly session: number;
  readonly mode: RunMode;
  /** The container Edit or Clone starts from. */
  readonly ref: string | null;
  /** The engine every call of this opening goes to; null: the launch engine (one engine, or none named). */
  readonly engine: string | null;
  readonly phase: RunPhase;
  readonly loadError: string | null;
  readonly target: RunTarget | null;
  /** Edit: the form as loaded, to diff against. */
  readonly original: RunForm | null;
  /** Edit and Clone: the original's settings the form does not model, carried over as they are. */
  readonly kept: readonly KeptSetting[];
  readonly form: RunForm;
  /** Port row → "Host port 8080 is already in use…". */
  readonly portWarnings: Readonly<Record<number, string>>;
  readonly image: ImageStatus;
  readonly localImages: readonly LocalImage[];
  readonly networks: readonly string[];
  readonly volumes: readonly string[];
  /** The engine's own message, shown next to the section it is about. */
  readonly engineError: { readonly section: RunSection; readonly message: string } | null;
  /**
   * A failure that is not the engine's answer (the link to Berth's backend dropped, the request
   * was refused before it reached the engine): shown by the buttons, never as "the engine said".
   */
  readonly submitError: string | null;
  /** Created but not started: the container and the engine's reason. */
  readonly created: RunCreated | null;
}

const closed: RunDialogState = {
  open: false,
  session: 0,
  mode: 'create',
  ref: null,
  engine: null,
  phase: 'form',
  loadError: null,
  target: null,
  original: null,
  kept: [],
  form: emptyForm(),
  portWarnings: {},
  image: { state: 'idle' },
  localImages: [],
  networks: [],
  volumes: [],
  engineError: null,
  submitError: null,
  created: null,
};

/** The one run dialog: opened from anywhere (toolbar, rows, detail, images view). */
export const useRunDialogStore = create<RunDialogState>()(() => closed);

const set = (patch: Partial<RunDialogState>): void => {
  useRunDialogStore.setState(patch);
};

export const showRunDialog = (
  mode: RunMode,
  ref: string | null,
  image: string,
  engine: string | null = null,
): void => {
  const { session } = useRunDialogStore.getState();
  useRunDialogStore.setState({
    ...closed,
    open: true,
    session: session + 1,
    mode,
    ref,
    engine,
    phase: ref ? 'loading' : 'form',
    form: emptyForm(image),
  });
};

/** Another engine for a new container: what the form checked against the old one is asked again. */
export const setRunEngine = (engine: string | null): void => {
  set({ engine, image: { state: 'idle' }, portWarnings: {}, engineError: null, submitError: null });
};

export const closeRunDialog = (): void => {
  const { session } = useRunDialogStore.getState();
  useRunDialogStore.setState({ ...closed, session: session + 1 });
};

/** Any edit of the form clears the engine's last answer: it was about the old values. */
export const updateForm = (update: (form: RunForm) => RunForm): void => {
  const state = useRunDialogStore.getState();
  set({ form: update(state.form), engineError: null, submitError: null });
};

export const containerLoaded = (loaded: ContainerForm, form: RunForm): void => {
  set({
    phase: 'form',
    target: { id: loaded.id, name: loaded.name, running: loaded.running, autoRemove: loaded.autoRemove },
    original: loaded.form,
    kept: loaded.kept,
    form,
  });
};

export const loadFailed = (message: string): void => {
  set({ phase: 'form', loadError: message });
};

export const setPhase = (phase: RunPhase): void => {
  set({ phase });
};

export const setPortWarnings = (portWarnings: Readonly<Record<number, string>>): void => {
  set({ portWarnings });
};

export const setImageStatus = (image: ImageStatus): void => {
  set({ image });
};

export const setPickLists = (lists: {
  localImages?: readonly LocalImage[];
  networks?: readonly string[];
  volumes?: readonly string[];
}): void => {
  set(lists);
};

export const setEngineError = (engineError: RunDialogState['engineError']): void => {
  set({ engineError, submitError: null, phase: 'form' });
};

export const setSubmitError = (submitError: string): void => {
  set({ submitError, engineError: null, phase: 'form' });
};

export const createdNotStarted = (created: RunCreated): void => {
  set({ created, phase: 'created' });
};

/** From "created but not started": change the settings of that container (an edit of it). */
export const fixCreated = (): void => {
  const { created, form } = useRunDialogStore.getState();
  if (!created) return;
  set({
    // `ref` stays as it was: it would load the container again and replace the form being fixed.
    mode: 'edit',
    target: { id: created.id, name: created.name, running: false, autoRemove: form.autoRemove },
    original: { ...form, name: created.name },
    form: { ...form, name: created.name },
    created: null,
    phase: 'form',
  });
};
