/** Swarm mode's view; the live swarm state it shows is the swarm-state feature's. */
export { SwarmView } from './SwarmView.js';
