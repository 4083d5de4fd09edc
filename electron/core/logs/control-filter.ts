/**
 * Log text may colour itself but not rewrite itself. The log console is a terminal, and a
 * container's output could otherwise clear the screen, move the cursor back over lines already
 * shown, switch to the alternate screen or reset the terminal, so that earlier lines vanish from
 * view and from search. This filter keeps SGR sequences (`ESC [ … m`: colours and styles) and
 * neutralises everything else that is not plain text, the way `less -R` shows a log:
 *
 * - other CSI sequences (cursor moves, erase, scroll regions, modes), OSC strings (titles,
 *   clipboard, OSC 8 hyperlinks: the link text stays, the target goes), DCS/SOS/PM/APC strings
 *   and two-byte escapes (`ESC c`, `ESC 7`, `ESC M`, charset selection) are dropped;
 * - a carriage return not followed by a line feed starts a new line, so progress output
 *   (`10%\r20%\r`) keeps every step instead of overwriting it; `\r\n` passes as it is. A CR at
 *   the end of a piece waits for the next one (it draws nothing, so nothing shows late);
 * - other C0 controls (backspace, NUL, shift-in/out…) become their visible Control Pictures
 *   (␈, ␀…), DEL becomes ␡, and C1 controls (U+0080–U+009F, which a terminal would read as
 *   8-bit CSI/OSC) become U+FFFD: binary output shows as junk characters instead of driving
 *   the terminal's parser.
 *
 * A string sequence ends at its terminator or at the end of the line, so an unterminated one
 * (binary output) costs the rest of that line only. A CSI longer than any real one is abandoned.
 * State carries across calls: an escape split between chunks is handled whole.
 */

/** Anything that is not plain text: C0 controls except TAB and LF, DEL, and C1 controls. */
// eslint-disable-next-line no-control-regex -- control characters are what this looks for
const UNSAFE = /[\0-\x08\x0b-\x1f\x7f-\x9f]/;
/** The same, to find the next one from a position: plain runs are skipped natively. */
// eslint-disable-next-line no-control-regex -- as above
const NEXT_UNSAFE = /[\0-\x08\x0b-\x1f\x7f-\x9f]/g;

/** What an SGR may hold between `ESC [` and `m`. */
const SGR_PARAMS = /^[0-9;:]*$/;

const ESC = 0x1b;
const CR = 0x0d;
const LF = 0x0a;
const BEL = 0x07;
const DEL = 0x7f;
const ST_C1 = 0x9c;
/** Longer than any real SGR (`ESC[38;2;255;255;255;48;2;…m` is ~40). */
const MAX_CSI = 256;

// Parser states (numbers, not an enum: this runs per character of every log).
const GROUND = 0;
/** After ESC. */
const ESCAPE = 1;
/** After ESC and intermediates (0x20–0x2F): waiting for the final byte. */
const ESCAPE_INTERMEDIATE = 2;
/** Inside `ESC [`, collecting what may be an SGR. */
const CSI = 3;
/** Inside a string sequence (OSC, DCS, SOS, PM, APC): dropped. */
const STR = 4;
/** Inside a string sequence, after ESC (an `ESC \` ends it). */
const STR_ESCAPE = 5;

const visible = (code: number): string =>
  code === DEL ? '\u2421' : code < 0x20 ? String.fromCharCode(0x2400 + code) : '\uFFFD';

export class ControlFilter {
  private state = GROUND;
  /** The CSI's parameters so far (it is kept only if it turns out to be an SGR). */
  private csi = '';
  /** The previous piece ended with a CR, not handed on yet: what follows decides what it is. */
  private heldCr = false;

  filter(text: string): string {
    // The common case: plain text, between sequences, no CR waiting. An empty piece (the
    // decoder holding part of a character) leaves a waiting CR waiting.
    if (text.length === 0 || (this.state === GROUND && !this.heldCr && !UNSAFE.test(text))) return text;
    return this.slow(text);
  }

  /** Back to plain text: what was open is dropped (a line was cut in the middle of it). */
  reset(): void {
    this.state = GROUND;
    this.csi = '';
    this.heldCr = false;
  }

  private slow(text: string): string {
    let out = '';
    if (this.heldCr) {
      this.heldCr = false;
      out = text.charCodeAt(0) === LF ? '\r' : '\n';
    }
    /** Start of the run of plain text not yet copied to `out`. */
    let run = 0;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      switch (this.state) {
        case GROUND: {
          if (c >= 0x20 ? c < DEL || c > 0x9f : c === 0x09 || c === LF) {
            NEXT_UNSAFE.lastIndex = i;
            const next = NEXT_UNSAFE.exec(text);
            i = (next ? next.index : n) - 1;
            continue;
          }
          if (c === CR) {
            if (i + 1 === n) {
              out += text.slice(run, i);
              run = n;
              this.heldCr = true;
            } else if (text.charCodeAt(i + 1) !== LF) {
              out += `${text.slice(run, i)}\n`;
              run = i + 1;
            }
            continue;
          }
          out += text.slice(run, i);
          run = i + 1;
          if (c === ESC) this.state = ESCAPE;
          else out += visible(c);
          continue;
        }
        case ESCAPE:
          if (c === 0x5b) {
            this.state = CSI;
            this.csi = '';
          } else if (c === 0x5d || c === 0x50 || c === 0x58 || c === 0x5e || c === 0x5f) this.state = STR;
          else if (c >= 0x20 && c <= 0x2f) this.state = ESCAPE_INTERMEDIATE;
          else if (c >= 0x30 && c <= 0x7e) this.state = GROUND;
          else i = this.abandon(i);
          run = i + 1;
          continue;
        case ESCAPE_INTERMEDIATE:
          if (c >= 0x30 && c <= 0x7e) this.state = GROUND;
          else if (c < 0x20 || c > 0x7e) i = this.abandon(i);
          run = i + 1;
          continue;
        case CSI:
          if (c >= 0x40 && c <= 0x7e) {
            // Only parameters made of digits, ';' and ':' (no private markers, no
            // intermediates) followed by 'm' are colours and styles.
            if (c === 0x6d && SGR_PARAMS.test(this.csi)) out += `\x1b[${this.csi}m`;
            this.csi = '';
            this.state = GROUND;
          } else if (c >= 0x20 && c <= 0x3f && this.csi.length < MAX_CSI) this.csi += String.fromCharCode(c);
          else {
            this.csi = '';
            i = this.abandon(i);
          }
          run = i + 1;
          continue;
        case STR:
          if (c === BEL || c === ST_C1) this.state = GROUND;
          else if (c === ESC) this.state = STR_ESCAPE;
          else if (c === LF || c === CR) i = this.abandon(i);
          run = i + 1;
          continue;
        case STR_ESCAPE:
          // `ESC \` is the terminator; any other ESC ends the string and starts anew.
          if (c === 0x5c) this.state = GROUND;
          else {
            this.state = ESCAPE;
            i--;
          }
          run = i + 1;
          continue;
      }
    }
    if (this.state === GROUND && run < n) out += text.slice(run);
    return out;
  }

  /** Gives up on a sequence: the character that broke it is read again as plain text. */
  private abandon(i: number): number {
    this.state = GROUND;
    return i - 1;
  }
}
