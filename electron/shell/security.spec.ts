import { describe, expect, it } from 'vitest';
import {
  setupSecurity,
  type GuardedApp,
  type GuardedSession,
  type GuardedWebContents,
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

class FakeSession implements GuardedSession {
  request: ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
  check: ((wc: unknown, permission: string) => boolean) | null = null;

  setPermissionRequestHandler(
    handler: (wc: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void {
    this.request = handler;
  }

  setPermissionCheckHandler(handler: (wc: unknown, permission: string) => boolean): void {
    this.check = handler;
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

  it('denies every permission request and check on every session', () => {
    const { app } = setup();
    const session = app.createSession();
    for (const permission of [
      'media',
      'notifications',
      'geolocation',
      'clipboard-read',
      'openExternal',
      'hid',
    ]) {
      const answers: boolean[] = [];
      session.request?.({}, permission, (granted) => answers.push(granted));
      expect(answers, permission).toEqual([false]);
      expect(session.check?.({}, permission), permission).toBe(false);
    }
  });
});
