import { beforeEach, describe, expect, it } from 'vitest';
import { emptyForm } from '../../../shared/run/run-form.js';
import { openRunDialog } from './open-run-dialog.js';
import {
  closeRunDialog,
  createdNotStarted,
  fixCreated,
  setEngineError,
  updateForm,
  useRunDialogStore,
} from './run-dialog-store.js';

describe('run dialog store', () => {
  beforeEach(() => {
    closeRunDialog();
  });

  it('opens for a new container, an image, an edit or a clone', () => {
    openRunDialog({ image: 'busybox:1' });
    expect(useRunDialogStore.getState()).toMatchObject({
      open: true,
      mode: 'create',
      ref: null,
      phase: 'form',
    });
    expect(useRunDialogStore.getState().form.image).toBe('busybox:1');
    const first = useRunDialogStore.getState().session;
    openRunDialog({ container: 'web' });
    expect(useRunDialogStore.getState()).toMatchObject({ mode: 'edit', ref: 'web', phase: 'loading' });
    expect(useRunDialogStore.getState().session).toBeGreaterThan(first);
    openRunDialog({ container: 'web', mode: 'clone' });
    expect(useRunDialogStore.getState().mode).toBe('clone');
    openRunDialog({ container: 'web', mode: 'create' });
    expect(useRunDialogStore.getState().mode).toBe('clone');
    openRunDialog({ mode: 'edit' });
    expect(useRunDialogStore.getState().mode).toBe('create');
  });

  it('clears the engine’s last answer when the form changes', () => {
    openRunDialog({});
    setEngineError({ section: 'ports', message: 'port is already allocated' });
    expect(useRunDialogStore.getState().engineError).not.toBeNull();
    updateForm((f) => ({ ...f, name: 'web' }));
    expect(useRunDialogStore.getState().engineError).toBeNull();
    expect(useRunDialogStore.getState().form.name).toBe('web');
  });

  it('turns a created-but-not-started container into an edit of it, keeping the form being fixed', () => {
    openRunDialog({});
    updateForm(() => ({ ...emptyForm('busybox'), command: 'sleep 1' }));
    createdNotStarted({
      id: 'abc123abc123',
      name: 'gen_name',
      started: false,
      startError: 'port is already allocated',
    });
    expect(useRunDialogStore.getState().phase).toBe('created');
    fixCreated();
    const state = useRunDialogStore.getState();
    expect(state).toMatchObject({
      mode: 'edit',
      ref: null,
      phase: 'form',
      created: null,
      target: { id: 'abc123abc123', name: 'gen_name', running: false },
    });
    expect(state.form).toMatchObject({ name: 'gen_name', command: 'sleep 1', start: true });
    expect(state.original).toEqual(state.form);
  });
});
