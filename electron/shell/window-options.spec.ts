import { describe, expect, it } from 'vitest';
import { DEFAULT_HEIGHT, DEFAULT_WIDTH, MIN_HEIGHT, MIN_WIDTH, mainWindowOptions } from './window-options.js';

const preload = '/app/dist/electron/preload/preload.cjs';

describe('mainWindowOptions', () => {
  const options = mainWindowOptions({ preload });
  const web = options.webPreferences ?? {};

  it('isolates the renderer: context isolation and the Chromium sandbox on, Node off everywhere', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security at its default and allows no webview', () => {
    expect('webSecurity' in web).toBe(false);
    expect('allowRunningInsecureContent' in web).toBe(false);
    expect('experimentalFeatures' in web).toBe(false);
    expect(web.webviewTag).toBe(false);
  });

  it('loads exactly the given preload and nothing else that runs code', () => {
    expect(web.preload).toBe(preload);
    expect(web.additionalArguments).toBeUndefined();
  });

  it('turns off spellcheck and navigating to dropped files', () => {
    expect(web.spellcheck).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
  });

  it('stays hidden until ready-to-show, titled Berth, with a minimum size', () => {
    expect(options.show).toBe(false);
    expect(options.title).toBe('Berth');
    expect(options.minWidth).toBe(MIN_WIDTH);
    expect(options.minHeight).toBe(MIN_HEIGHT);
  });

  it('centres a default-sized window when no bounds were saved', () => {
    expect(options).toMatchObject({ width: DEFAULT_WIDTH, height: DEFAULT_HEIGHT, center: true });
    expect(options.x).toBeUndefined();
  });

  it('uses restored bounds when given, and the icon when given', () => {
    const restored = mainWindowOptions({
      preload,
      bounds: { x: 10, y: 20, width: 1000, height: 700 },
      icon: '/app/assets/icon.png',
    });
    expect(restored).toMatchObject({ x: 10, y: 20, width: 1000, height: 700, icon: '/app/assets/icon.png' });
    expect(restored.center).toBeUndefined();
    // The secure flags do not depend on the input.
    expect(restored.webPreferences).toEqual({ ...web, preload });
  });
});
