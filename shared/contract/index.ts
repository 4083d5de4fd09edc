export * from './channels.js';
export * from './container-detail.js';
export * from './containers.js';
export * from './define.js';
export * from './engine.js';
export * from './errors.js';
export * from './ids.js';
export type * from './types.js';
