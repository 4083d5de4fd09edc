/*
 * The preload of every Berth window. It runs sandboxed, where `require` knows only
 * 'electron', so Vite bundles it to dist/electron/preload/preload.cjs (see vite.config.ts).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge.js';

contextBridge.exposeInMainWorld('berth', createBridge(ipcRenderer));
