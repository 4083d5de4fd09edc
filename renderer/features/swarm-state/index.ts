/**
 * The live swarm state and services every part of the app reads (the sidebar, the services
 * view), apart from the swarm view itself so that reading them does not load that view.
 */
export { afterFirstSwarmLoad, isManager, loadSwarmState, useSwarmStore, wireSwarm } from './swarm-store.js';
