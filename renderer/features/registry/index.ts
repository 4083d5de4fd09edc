/** The registry login: its dialog and the request to open it, which a failed pull or push makes. */
export { LoginDialog } from './LoginDialog.js';
export { closeLogin, openLogin, useLoginStore } from './login-store.js';
