import { describe, expect, it } from 'vitest';
import {
  setupSecurity,
  type GuardedApp,
  type GuardedSession,
  type GuardedWebContents,
  type PermissionCheckDetails,
  type PermissionRequestDetails,
  type PreventableEvent,
  type PreventableNavigation,
  type Refusal,
} from './security.js';

type AnyListener = (...args: never[]) => void;

class FakeContents implements GuardedWebContents {
  readonly listeners = new Map<string, AnyListener[]>();
  openHandler: ((details: { readonly url: string }) => { action: 'deny' }) | null = null;

  on(event: string, listener: AnyListener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  setWindowOpenHandler(handler: (details: { readonly url: string }) => { action: 'deny' }): void {
    this.openHandler = handler;
  }

  /** Emits a preventable navigation event the way Electron does; returns whether it was prevented. */
  navigate(event: 'will-navigate' | 'will-redirect', url: string): boolean {
    let prevented = false;
    const details: PreventableNavigation = {
      url,
      preventDefault: () => {
        prevented = true;
      },
    };
    for (const l of this.listeners.get(event) ?? [])
      (l as (d: PreventableNavigation, url: string) => void)(details, url);
    return prevented;
  }

  attachWebview(): boolean {
    let prevented = false;
    const event: PreventableEvent = {
      preventDefault: () => {
        prevented = true;
      },
    };
    for (const l of this.listeners.get('will-attach-webview') ?? [])
      (l as (e: PreventableEvent) => void)(event);
    return prevented;
  }
}

type RequestHandler = (
  wc: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: PermissionRequestDetails,
) => void;
type CheckHandler = (
  wc: unknown,
  permission: string,
  requestingOrigin: string,
  details: PermissionCheckDetails,
) => boolean;

class FakeSession implements GuardedSession {
  request: RequestHandler | null = null;
  check: CheckHandler | null = null;

  setPermissionRequestHandler(handler: RequestHandler): void {
    this.request = handler;
  }

  setPermissionCheckHandler(handler: CheckHandler): void {
    this.check = handler;
  }

  /** What the request handler answered (it must answer exactly once). */
  ask(wc: unknown, permission: string, details: PermissionRequestDetails): boolean[] {
    const answers: boolean[] = [];
    this.request?.(wc, permission, (granted) => answers.push(granted), details);
    return answers;
  }
}

class FakeApp implements GuardedApp {
  sandboxed = false;
  readonly listeners = new Map<string, AnyListener[]>();

  enableSandbox(): void {
    this.sandboxed = true;
  }

  on(event: string, listener: AnyListener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  createContents(): FakeContents {
    const contents = new FakeContents();
    for (const l of this.listeners.get('web-contents-created') ?? [])
      (l as (e: unknown, c: GuardedWebContents) => void)({}, contents);
    return contents;
  }

  createSession(): FakeSession {
    const session = new FakeSession();
    for (const l of this.listeners.get('session-created') ?? []) (l as (s: GuardedSession) => void)(session);
    return session;
  }
}

const setup = () => {
  const app = new FakeApp();
  const refused: [Refusal, string][] = [];
  setupSecurity(app, { onRefuse: (what, detail) => refused.push([what, detail]) });
  return { app, refused };
};

describe('setupSecurity', () => {
  it('enables the sandbox for every renderer', () => {
    expect(setup().app.sandboxed).toBe(true);
  });

  it('guards every webContents Electron creates, not only our windows', () => {
    const { app } = setup();
    const a = app.createContents();
    const b = app.createContents();
    for (const c of [a, b]) {
      expect(c.navigate('will-navigate', 'https://evil.example/')).toBe(true);
      expect(c.openHandler).not.toBeNull();
    }
  });

  it('allows navigation within our origin only', () => {
    const { app, refused } = setup();
    const contents = app.createContents();
    expect(contents.navigate('will-navigate', 'app://berth/index.html')).toBe(false);
    expect(contents.navigate('will-navigate', 'app://berth/containers')).toBe(false);
    for (const url of [
      'https://example.com/',
      'http://localhost:5173/',
      'file:///etc/passwd',
      'app://evil/index.html',
      'app://berth.example/',
      'javascript:alert(1)',
      'data:text/html,<script>1</script>',
    ]) {
      expect(contents.navigate('will-navigate', url), url).toBe(true);
    }
    expect(refused.filter(([what]) => what === 'navigation')).toHaveLength(7);
  });

  it('refuses redirects away from our origin', () => {
    const { app } = setup();
    const contents = app.createContents();
    expect(contents.navigate('will-redirect', 'https://example.com/')).toBe(true);
    expect(contents.navigate('will-redirect', 'app://berth/index.html')).toBe(false);
  });

  it('denies every new window, even to our own origin', () => {
    const { app, refused } = setup();
    const contents = app.createContents();
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'app://berth/index.html' })).toEqual({ action: 'deny' });
    expect(refused).toEqual([
      ['window-open', 'https://example.com/'],
      ['window-open', 'app://berth/index.html'],
    ]);
  });

  it('prevents attaching a webview', () => {
    const { app } = setup();
    expect(app.createContents().attachWebview()).toBe(true);
  });

  it('denies every other permission request and check on every session, even to our own page', () => {
    const { app } = setup();
    const session = app.createSession();
    const ours = { requestingUrl: 'app://berth/index.html', isMainFrame: true };
    for (const permission of [
      'media',
      'notifications',
      'geolocation',
      'clipboard-read',
      'openExternal',
      'hid',
    ]) {
      expect(session.ask({}, permission, ours), permission).toEqual([false]);
      expect(session.check?.({}, permission, 'app://berth', ours), permission).toBe(false);
    }
  });

  it("grants clipboard-sanitized-write to our window's main frame on our origin, on request and check", () => {
    const { app, refused } = setup();
    const session = app.createSession();
    const contents = {};
    expect(
      session.ask(contents, 'clipboard-sanitized-write', {
        requestingUrl: 'app://berth/containers/abc',
        isMainFrame: true,
      }),
    ).toEqual([true]);
    expect(
      session.check?.(contents, 'clipboard-sanitized-write', 'app://berth', {
        isMainFrame: true,
        requestingUrl: 'app://berth/index.html',
      }),
    ).toBe(true);
    // The check may come without a URL: the origin decides then.
    expect(session.check?.(contents, 'clipboard-sanitized-write', 'app://berth', { isMainFrame: true })).toBe(
      true,
    );
    expect(refused).toEqual([]);
  });

  it('refuses the clipboard write to sub-frames, other origins, and contents that are not ours', () => {
    const app = new FakeApp();
    const refused: [Refusal, string][] = [];
    const ourContents = { id: 1 };
    setupSecurity(app, {
      onRefuse: (what, detail) => refused.push([what, detail]),
      isOwnContents: (contents) => contents === ourContents,
    });
    const session = app.createSession();
    const perm = 'clipboard-sanitized-write';
    const cases: [unknown, PermissionRequestDetails, string][] = [
      [ourContents, { requestingUrl: 'app://berth/index.html', isMainFrame: false }, 'app://berth'],
      [ourContents, { requestingUrl: 'https://example.com/', isMainFrame: true }, 'https://example.com'],
      [ourContents, { requestingUrl: 'app://evil/index.html', isMainFrame: true }, 'app://evil'],
      [ourContents, { requestingUrl: 'app://user@berth/', isMainFrame: true }, 'app://berth'],
      [ourContents, { isMainFrame: true }, 'null'],
      [{ id: 2 }, { requestingUrl: 'app://berth/index.html', isMainFrame: true }, 'app://berth'],
      [null, { requestingUrl: 'app://berth/index.html', isMainFrame: true }, 'app://berth'],
    ];
    for (const [contents, details, origin] of cases) {
      const label = JSON.stringify([contents, details]);
      expect(session.ask(contents, perm, details), label).toEqual([false]);
      expect(session.check?.(contents, perm, origin, details), label).toBe(false);
    }
    expect(refused).toHaveLength(cases.length);
    expect(refused.every(([what, detail]) => what === 'permission' && detail === perm)).toBe(true);
    // And ours still gets it.
    expect(session.ask(ourContents, perm, { requestingUrl: 'app://berth/', isMainFrame: true })).toEqual([
      true,
    ]);
  });

  it('without an ownership test, a null webContents (a check with no frame) is still refused', () => {
    const { app } = setup();
    const session = app.createSession();
    expect(
      session.check?.(null, 'clipboard-sanitized-write', 'app://berth', {
        isMainFrame: true,
        requestingUrl: 'app://berth/index.html',
      }),
    ).toBe(false);
  });
});
