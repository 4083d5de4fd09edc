/** The run dialog: its host, its opener and the docker-run command line. */
export { openRunDialog } from './open-run-dialog.js';
export { copyAsDockerRun, copyText } from './copy-command.js';
export { RunDialogHost } from './RunDialogHost.js';
