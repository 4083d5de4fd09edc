import type { Client } from '../../ipc/client.js';
import { createTerminal, type TerminalKit } from '../../ui/xterm/create-terminal.js';
import { openLinkWithConfirmation } from '../../lib/confirm-link.js';
import { createWriteBatcher, type WriteBatcher } from '../../lib/write-batcher.js';

/** A read-only xterm for log output; links go through the confirmation dialog. */
export const createLogTerminal = (element: HTMLElement, client: Client, scrollback: number): TerminalKit =>
  createTerminal(element, {
    convertEol: true,
    disableStdin: true,
    cursorInactiveStyle: 'none',
    cursorStyle: 'underline',
    scrollback,
    onLink: (url) => {
      openLinkWithConfirmation(client, url);
    },
  });

/**
 * The write batcher bound to a log terminal: several writes in flight, each started by the
 * previous one's callback (xterm parses in its own time slices and draws once per frame), `ack`
 * called from the terminal's write callback.
 */
export const createLogWriter = (
  kit: TerminalKit,
  ack: (bytes: number) => void,
  onDrop: (lines: number) => void,
): WriteBatcher =>
  createWriteBatcher({
    write: (data, done) => {
      kit.term.write(data, done);
    },
    ack,
    onDrop,
  });
