/** The projects view. */
export { ProjectsView } from './ProjectsView.js';
