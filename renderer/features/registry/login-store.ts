import { create } from 'zustand';

interface LoginState {
  /** The registry the login dialog is open for (prefilled), or null when closed. */
  readonly login: { readonly registry: string } | null;
}

/** A failed pull or push offers a login from the images view and from the task tray alike. */
export const useLoginStore = create<LoginState>()(() => ({ login: null }));

export const openLogin = (registry: string): void => {
  useLoginStore.setState({ login: { registry } });
};

export const closeLogin = (): void => {
  useLoginStore.setState({ login: null });
};
