import { startBootSocket } from './boot-socket.js';

// The boot script's entry (see boot-socket.ts): its own chunk, loaded async from <head>.
startBootSocket();
