/**
 * The core's one face: what the hosts (electron/shell, electron/web) may use. Everything else
 * under electron/core is the core's own business, and lint refuses deeper imports from the hosts
 * (their specs may still reach electron/core/testing/).
 */
export { createBackend, type Backend, type BackendOptions } from './backend.js';
export type { HostCapabilities, PickPathRequest } from './core-deps.js';
export type { Disposable } from './rpc/disposable.js';
export type { Session } from './rpc/session.js';
export { mimeTypeOf, readStatic, resolveInside } from './static/static-files.js';
export { handleTransfer, isTransferPath } from './transfers/transfer-http.js';
export type { TransferRegistry } from './transfers/transfer-registry.js';
