/** Swarm mode: the view, and the live swarm state and services every part of the app reads. */
export { SwarmView } from './SwarmView.js';
export { isManager, useSwarmFeed, useSwarmStore } from './swarm-store.js';
