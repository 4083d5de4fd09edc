import type { MessageBoxOptions } from 'electron';

export interface OpenExternalDeps {
  /** `dialog.showMessageBox`, parented to the main window when there is one. */
  readonly confirm: (options: MessageBoxOptions) => Promise<{ readonly response: number }>;
  /** `shell.openExternal`. */
  readonly open: (href: string) => Promise<void>;
}

const OPEN = 0;
const CANCEL = 1;

/** The native confirmation: the full URL (its ASCII serialization, so look-alike hosts show as xn--) and Open/Cancel. */
export const confirmOptions = (url: URL): MessageBoxOptions => ({
  type: 'question',
  title: 'Open link',
  message: `Open this link in your browser?`,
  detail: url.href,
  buttons: ['Open', 'Cancel'],
  defaultId: CANCEL,
  cancelId: CANCEL,
  noLink: true,
});

/**
 * The host's `openExternal` capability. The core has already parsed the URL (http or https
 * with a host only); here the user sees it in full and decides. While one confirmation is
 * open, further requests are declined, so a page cannot stack dialogs.
 */
export const createOpenExternal = (deps: OpenExternalDeps): ((url: URL) => Promise<boolean>) => {
  let asking = false;
  return async (url) => {
    if (asking) return false;
    asking = true;
    try {
      const { response } = await deps.confirm(confirmOptions(url));
      if (response !== OPEN) return false;
      await deps.open(url.href);
      return true;
    } finally {
      asking = false;
    }
  };
};
