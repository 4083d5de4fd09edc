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

/** What Electron tells the permission request handler about the asking frame. */
export interface PermissionRequestDetails {
  readonly requestingUrl?: string;
  readonly isMainFrame?: boolean;
}

/** What Electron tells the permission check handler about the asking frame. */
export interface PermissionCheckDetails {
  readonly isMainFrame?: boolean;
  readonly requestingUrl?: string;
}

/** The members of `Session` the guards use. */
export interface GuardedSession {
  setPermissionRequestHandler(
    handler: (
      webContents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: PermissionRequestDetails,
    ) => void,
  ): void;
  setPermissionCheckHandler(
    handler: (
      webContents: unknown,
      permission: string,
      requestingOrigin: string,
      details: PermissionCheckDetails,
    ) => boolean,
  ): void;
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
  /**
   * Whether a webContents is one of Berth's own windows (permission handlers are per session,
   * so they also answer for any other contents of it). Absent: any non-null contents.
   */
  readonly isOwnContents?: (contents: unknown) => boolean;
}

/**
 * The one web permission Berth grants: writing sanitized text to the clipboard, which
 * `navigator.clipboard.writeText` needs ("Copy as docker run", the log console's Copy).
 * Reading the clipboard and every other permission stay denied.
 */
export const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export interface PermissionAsk {
  readonly permission: string;
  /** The asking frame's URL (request) or origin (check). */
  readonly url: string | undefined;
  readonly isMainFrame: boolean | undefined;
  /** The asking contents is one of our windows. */
  readonly ownContents: boolean;
}

/** Granted only for a permission Berth needs, asked by the main frame of our own window, on our origin. */
export const permissionAllowed = (ask: PermissionAsk): boolean =>
  GRANTED_PERMISSIONS.has(ask.permission) &&
  ask.ownContents &&
  ask.isMainFrame === true &&
  ask.url !== undefined &&
  isAppUrl(ask.url);

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

/**
 * Every web permission (camera, notifications, geolocation, clipboard read…) is denied, on
 * request and on check, except the clipboard write Berth's own page needs (`permissionAllowed`).
 */
export const guardSession = (session: GuardedSession, options: SecurityOptions = {}): void => {
  const refuse = options.onRefuse ?? (() => undefined);
  const isOwn = options.isOwnContents ?? ((contents: unknown) => contents !== null && contents !== undefined);
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    const granted = permissionAllowed({
      permission,
      url: details.requestingUrl,
      isMainFrame: details.isMainFrame,
      ownContents: isOwn(contents),
    });
    if (!granted) refuse('permission', permission);
    callback(granted);
  });
  session.setPermissionCheckHandler((contents, permission, requestingOrigin, details) =>
    permissionAllowed({
      permission,
      // The check names the origin; the request URL, when given, must agree with it.
      url:
        details.requestingUrl === undefined || isAppUrl(details.requestingUrl) ? requestingOrigin : undefined,
      isMainFrame: details.isMainFrame,
      ownContents: isOwn(contents),
    }),
  );
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
