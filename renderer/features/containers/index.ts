/** The containers view and the live container list other features read. */
export { applyContainersChanged, useContainersStore } from './containers-store.js';
export { ContainersView } from './ContainersView.js';
export { formatPorts } from './port-format.js';
export { runContainerAction } from './container-commands.js';
export { requestRemove } from './dialogs-store.js';
