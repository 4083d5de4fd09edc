/**
 * The line numbers that matched a search, in order, in a growing typed array (4 bytes a match:
 * a search that matches every line of a 6M-line flood holds 24 MB, not a JS array of numbers).
 */
export class MatchList {
  private items = new Float64Array(1024);
  length = 0;

  push(line: number): void {
    if (this.length === this.items.length) {
      const grown = new Float64Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length++] = line;
  }

  at(index: number): number {
    return this.items[index] ?? 0;
  }

  /** Index of the first match at or after `line` (length when none). */
  lowerBound(line: number): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.items[mid] ?? 0) < line) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The next match after `line`, or the previous one before it; null when there is none. */
  step(line: number, direction: 'next' | 'previous', first: number): number | null {
    if (direction === 'next') {
      const index = this.lowerBound(Math.max(line + 1, first));
      return index < this.length ? this.at(index) : null;
    }
    const index = this.lowerBound(line) - 1;
    return index >= 0 && this.at(index) >= first ? this.at(index) : null;
  }
}

/**
 * "Only matching lines" with `context` lines around each: the matches grouped into intervals of
 * lines (overlapping ones merged), and row numbers mapped to lines through the intervals'
 * running row counts. Built incrementally as matches arrive.
 */
export class MatchRows {
  private starts: number[] = [];
  private ends: number[] = [];
  /** Rows before interval i. */
  private before: number[] = [];
  private built = 0;
  rows = 0;

  constructor(
    readonly context: number,
    readonly first: number,
  ) {}

  /** Takes in matches not yet grouped; `last` is the last spooled line (context stops there). */
  update(matches: MatchList, last: number): void {
    // Context after the newest match may have grown since: recount the last interval.
    if (this.starts.length > 0) {
      const i = this.starts.length - 1;
      this.rows -= (this.ends[i] ?? 0) - (this.starts[i] ?? 0) + 1;
      this.ends[i] = Math.min(last, matches.at(this.built - 1) + this.context);
      this.rows += (this.ends[i] ?? 0) - (this.starts[i] ?? 0) + 1;
    }
    for (let index = Math.max(this.built, matches.lowerBound(this.first)); index < matches.length; index++) {
      const line = matches.at(index);
      const start = Math.max(this.first, line - this.context);
      const end = Math.min(last, line + this.context);
      const i = this.starts.length - 1;
      if (i >= 0 && start <= (this.ends[i] ?? 0) + 1) {
        this.rows += Math.max(0, end - (this.ends[i] ?? 0));
        this.ends[i] = Math.max(this.ends[i] ?? 0, end);
      } else {
        this.starts.push(start);
        this.ends.push(end);
        this.before.push(this.rows);
        this.rows += end - start + 1;
      }
    }
    this.built = matches.length;
  }

  /** The line shown at `row`, and whether lines were skipped just before it. */
  lineAt(row: number): { line: number; gap: boolean } | null {
    if (row >= this.rows) return null;
    let lo = 0;
    let hi = this.before.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.before[mid] ?? 0) <= row) lo = mid;
      else hi = mid - 1;
    }
    const offset = row - (this.before[lo] ?? 0);
    return { line: (this.starts[lo] ?? 0) + offset, gap: offset === 0 && lo > 0 };
  }

  /** The row of `line`, or of the next line shown after it. */
  rowOf(line: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.ends[mid] ?? 0) < line) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= this.starts.length) return Math.max(0, this.rows - 1);
    return (this.before[lo] ?? 0) + Math.max(0, line - (this.starts[lo] ?? 0));
  }
}
