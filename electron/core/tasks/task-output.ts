import type { Disposable } from '../rpc/disposable.js';
import { Emitter } from '../rpc/emitter.js';

/** Output kept per task: enough for a long build log, bounded so a flood cannot grow memory. */
export const MAX_OUTPUT_CHARS = 2 * 1024 * 1024;

/**
 * A task's console output: kept (the newest MAX_OUTPUT_CHARS) so a view opened later sees what
 * happened, and fanned out live to whoever is watching.
 */
export class TaskOutput {
  private chunks: string[] = [];
  private chars = 0;
  private lineCount = 0;
  private droppedChars = 0;
  private readonly appended = new Emitter<string>();

  constructor(private readonly maxChars = MAX_OUTPUT_CHARS) {}

  append(text: string): void {
    if (!text) return;
    this.chunks.push(text);
    this.chars += text.length;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.lineCount += 1;
    while (this.chars > this.maxChars && this.chunks.length > 1) {
      const first = this.chunks.shift() ?? '';
      this.chars -= first.length;
      this.droppedChars += first.length;
    }
    this.appended.fire(text);
  }

  get lines(): number {
    return this.lineCount;
  }

  /** What is kept, with a note when the start had to go. */
  snapshot(): string {
    const kept = this.chunks.join('');
    return this.droppedChars > 0 ? `[… ${this.droppedChars} earlier characters not kept …]\n${kept}` : kept;
  }

  onAppend(listener: (text: string) => void): Disposable {
    return this.appended.on(listener);
  }
}
