export { DiscoverView } from './DiscoverView.js';
