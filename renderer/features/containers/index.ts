/** The containers view and the live container list other features read. */
export { applyContainersChanged, useContainersStore } from './containers-store.js';
export { ContainersView } from './ContainersView.js';
export { formatPorts } from './port-format.js';
