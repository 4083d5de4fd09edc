/**
 * Splits a byte stream of JSON values (newline-delimited, or concatenated with no separator
 * as pull and build progress sometimes are) into parsed values, across arbitrary chunk
 * boundaries. Garbage between values is reported, not fatal.
 */
export class JsonStreamParser {
  private buffer = '';
  private readonly decoder = new TextDecoder('utf-8');

  constructor(
    private readonly onValue: (value: unknown) => void,
    private readonly onGarbage: (text: string) => void = () => undefined,
  ) {}

  write(chunk: Uint8Array | string): void {
    this.buffer += typeof chunk === 'string' ? chunk : this.decoder.decode(chunk, { stream: true });
    this.drain();
  }

  end(): void {
    this.buffer += this.decoder.decode();
    this.drain();
    const rest = this.buffer.trim();
    if (rest) this.onGarbage(rest);
    this.buffer = '';
  }

  private drain(): void {
    let start = 0;
    for (;;) {
      while (start < this.buffer.length && /\s/.test(this.buffer.charAt(start))) start++;
      if (start >= this.buffer.length) break;
      const end = this.valueEnd(start);
      if (end === -1) break;
      const text = this.buffer.slice(start, end);
      try {
        this.onValue(JSON.parse(text));
      } catch {
        this.onGarbage(text);
      }
      start = end;
    }
    this.buffer = this.buffer.slice(start);
  }

  /** End index (exclusive) of the value starting at `start`, or -1 while it is incomplete. */
  private valueEnd(start: number): number {
    const open = this.buffer.charAt(start);
    if (open !== '{' && open !== '[') {
      const newline = this.buffer.indexOf('\n', start);
      return newline === -1 ? -1 : newline;
    }
    let depth = 0;
    let inString = false;
    for (let i = start; i < this.buffer.length; i++) {
      const c = this.buffer.charAt(i);
      if (inString) {
        if (c === '\\') i++;
        else if (c === '"') inString = false;
      } else if (c === '"') inString = true;
      else if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') {
        depth--;
        if (depth === 0) return i + 1;
      }
    }
    return -1;
  }
}
