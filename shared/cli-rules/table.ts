/**
 * The docker CLI's rules as data: cases transcribed from the test tables of the projects the
 * CLI and the engine are built from (inputs, verdicts and parsed values, with the upstream file
 * and line of each), so Berth's parsers can be run against them (cli-rules.spec.ts).
 */
export interface UpstreamFile {
  /** `owner/name` on GitHub. */
  readonly repo: string;
  /** The commit the lines refer to. */
  readonly commit: string;
  readonly path: string;
}

export interface RuleCase<V> {
  /** The upstream function the case was written for, when the file tests several. */
  readonly fn: string;
  /** The upstream file when it is not the table's. */
  readonly path?: string;
  /** 1-based line of the case in the upstream file. */
  readonly line: number;
  readonly input: string;
  /** The upstream verdict: accepted or refused. */
  readonly ok: boolean;
  /** What upstream parsed it into (for accepted cases that state it). */
  readonly value?: V;
  /**
   * Set when Berth deliberately decides otherwise: why. The spec then checks that Berth does
   * decide otherwise, so a stale mark fails too.
   */
  readonly differs?: string;
}

export interface RuleTable<V> {
  readonly source: UpstreamFile;
  /** What the cases exercise, in words. */
  readonly subject: string;
  readonly cases: readonly RuleCase<V>[];
}
