import { isAppUrl } from './app-origin.js';

/*
 * App-wide hardening, applied to every webContents and session Electron creates, not only to
 * the windows we know about. Written against the members it uses, so it is tested with fakes.
 */

export interface PreventableNavigation {
  readonly url: string;
  preventDefault(): void;
}

export interface PreventableEvent {
  preventDefault(): void;
}

/** The members of `WebContents` the guards use. */
export interface GuardedWebContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (details: PreventableNavigation) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { readonly url: string }) => { action: 'deny' }): void;
}

/** The members of `Session` the guards use. */
export interface GuardedSession {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
}

/** The members of `app` the guards use. */
export interface GuardedApp {
  enableSandbox(): void;
  on(
    event: 'web-contents-created',
    listener: (event: unknown, contents: GuardedWebContents) => void,
  ): unknown;
  on(event: 'session-created', listener: (session: GuardedSession) => void): unknown;
}

export type Refusal = 'navigation' | 'redirect' | 'window-open' | 'webview' | 'permission';

export interface SecurityOptions {
  /** Told what was refused; for diagnostics only. */
  readonly onRefuse?: (what: Refusal, detail: string) => void;
}

/** Our pages stay on our origin; anything else (links, redirects, dropped files) is refused. */
export const guardWebContents = (contents: GuardedWebContents, options: SecurityOptions = {}): void => {
  const refuse = options.onRefuse ?? (() => undefined);
  contents.on('will-navigate', (details) => {
    if (isAppUrl(details.url)) return;
    details.preventDefault();
    refuse('navigation', details.url);
  });
  contents.on('will-redirect', (details) => {
    if (isAppUrl(details.url)) return;
    details.preventDefault();
    refuse('redirect', details.url);
  });
  // Links meant for the browser go through the `shell.openExternal` channel, which asks the user first.
  contents.setWindowOpenHandler((details) => {
    refuse('window-open', details.url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    refuse('webview', '');
  });
};

/** Berth needs no web permission (camera, notifications, geolocation, clipboard read…): all are denied. */
export const guardSession = (session: GuardedSession, options: SecurityOptions = {}): void => {
  const refuse = options.onRefuse ?? (() => undefined);
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    refuse('permission', permission);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
};

/**
 * Installs the guards for everything created from now on. Call before the app is ready:
 * `enableSandbox` only works then, and the default session is created at ready.
 */
export const setupSecurity = (app: GuardedApp, options: SecurityOptions = {}): void => {
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, options);
  });
  app.on('session-created', (session) => {
    guardSession(session, options);
  });
};
