/** The run dialog: its host, its opener, the docker-run command line and the wording of its form's rules. */
export { openRunDialog } from './open-run-dialog.js';
export { copyAsDockerRun, copyText } from './copy-command.js';
export { wordProblem } from './problem-words.js';
export { RunDialogHost } from './RunDialogHost.js';
