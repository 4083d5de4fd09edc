/**
 * What was received, kept for "Save log": the most recent `maxChars` characters, in the
 * chunks they arrived in. Older text gives way; how much is said in the saved file.
 */
export class LogRecord {
  private parts: string[] = [];
  private head = 0;
  private size = 0;
  private droppedChars = 0;
  /** Small pieces (a flood arrives a line at a time) are joined into one string per ~64K characters. */
  private pending: string[] = [];
  private pendingSize = 0;

  private readonly partChars: number;

  constructor(
    private readonly maxChars = 8 * 1024 * 1024,
    partChars = 64 * 1024,
  ) {
    // Parts well below the bound, so letting the oldest go stays fine-grained.
    this.partChars = Math.max(1, Math.min(partChars, Math.floor(maxChars / 8)));
  }

  push(text: string): void {
    if (text.length === 0) return;
    this.size += text.length;
    if (text.length < this.partChars || this.pending.length > 0) {
      this.pending.push(text);
      this.pendingSize += text.length;
      if (this.pendingSize < this.partChars) return;
      text = this.pending.join('');
      this.pending = [];
      this.pendingSize = 0;
    }
    this.parts.push(text);
    while (this.size > this.maxChars && this.head < this.parts.length - 1) {
      const oldest = this.parts[this.head] ?? '';
      this.parts[this.head] = '';
      this.head++;
      this.size -= oldest.length;
      this.droppedChars += oldest.length;
    }
    // Compact now and then so the array does not grow without bound.
    if (this.head > 1024 && this.head * 2 > this.parts.length) {
      this.parts = this.parts.slice(this.head);
      this.head = 0;
    }
  }

  clear(): void {
    this.parts = [];
    this.pending = [];
    this.pendingSize = 0;
    this.head = 0;
    this.size = 0;
    this.droppedChars = 0;
  }

  get length(): number {
    return this.size;
  }

  get dropped(): number {
    return this.droppedChars;
  }

  /** The kept text; a first line says when older text was let go. */
  blobParts(): string[] {
    const kept = this.parts.slice(this.head);
    if (this.pending.length > 0) kept.push(this.pending.join(''));
    return this.droppedChars > 0
      ? [`[Berth: ${this.droppedChars} earlier characters are not in this file]\n`, ...kept]
      : kept;
  }
}
