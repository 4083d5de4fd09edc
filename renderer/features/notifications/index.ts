/** The notices corner. */
export { Notices } from './Notices.js';
