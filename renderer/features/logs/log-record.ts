/**
 * What was received, kept for "Save log": the most recent `maxChars` characters, in the
 * chunks they arrived in. Older text gives way; how much is said in the saved file.
 */
export class LogRecord {
  private parts: string[] = [];
  private head = 0;
  private size = 0;
  private droppedChars = 0;

  constructor(private readonly maxChars = 8 * 1024 * 1024) {}

  push(text: string): void {
    if (text.length === 0) return;
    this.parts.push(text);
    this.size += text.length;
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
    return this.droppedChars > 0
      ? [`[Berth: ${this.droppedChars} earlier characters are not in this file]\n`, ...kept]
      : kept;
  }
}
