/** A container's exec terminal tab. */
export { TerminalView } from './TerminalView.js';
