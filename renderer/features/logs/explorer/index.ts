/** The log explorer: a spooled whole history, searched in the backend (issue 18). */
export { LogExplorer, type ExplorerOptions } from './LogExplorer.js';
