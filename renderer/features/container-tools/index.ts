/** Rename, commit, export and "Copy as compose" for containers (issue 17). */
export { ContainerToolsActions } from './ContainerToolsActions.js';
export { copyAsCompose } from './compose-commands.js';
export { CopyAsComposeButton } from './CopyAsComposeButton.js';
export { UpdateBadge } from './UpdateBadge.js';
export { UpdateScheduler } from './UpdateScheduler.js';
export { CheckUpdatesButton } from './CheckUpdatesButton.js';
