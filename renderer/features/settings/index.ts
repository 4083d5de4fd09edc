/** The settings screen: every section's fields, rendered from the section definitions. */
export { SettingsView } from './SettingsView.js';
