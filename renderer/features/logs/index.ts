/** A container's log view and the log terminal project logs reuse. */
export { createLogTerminal, createLogWriter } from './log-terminal.js';
export { LogsView } from './LogsView.js';
