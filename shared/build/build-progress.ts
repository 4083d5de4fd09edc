import { isRecord } from '../json/readers.js';

/**
 * Reads the classic builder's JSON progress (`POST /build`): `stream` text (with its
 * "Step N/M : INSTR" headers), `status` lines while pulling a base image, `aux` with the image
 * id, and `error`/`errorDetail` when a step fails. Pure, so the console text and the failure
 * summary are tested without an engine.
 */

export interface BuildStep {
  readonly index: number;
  readonly total: number;
  /** The instruction as the builder echoes it, e.g. `RUN false`. */
  readonly instruction: string;
}

export interface BuildFailure {
  /** The step that was running, if the error came after a step header. */
  readonly step: BuildStep | null;
  /** The engine's message, verbatim. */
  readonly message: string;
}

export interface BuildProgressUpdate {
  /** Console text (ANSI), possibly empty. */
  readonly text: string;
  /** Set when this message started a step. */
  readonly stepStarted: BuildStep | null;
}

const STEP_HEADER = /^Step (\d+)\/(\d+) : (.*)$/m;
const RED = '\u001b[31m';
const BOLD_RED = '\u001b[1;31m';
const RESET = '\u001b[0m';

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** "Step 3/5 failed: …", or the plain message when no step had started. */
export const failureSummary = (failure: BuildFailure): string =>
  failure.step
    ? `Step ${failure.step.index}/${failure.step.total} failed: ${failure.message}`
    : `The build failed: ${failure.message}`;

/** Strips terminal control sequences a Dockerfile's RUN output might carry into a one-line summary. */
const oneLine = (text: string): string =>
  text
    // eslint-disable-next-line no-control-regex
    .replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

export class BuildProgress {
  private currentStep: BuildStep | null = null;
  private id: string | null = null;
  private failed: BuildFailure | null = null;
  private readonly tagged: string[] = [];

  get step(): BuildStep | null {
    return this.currentStep;
  }

  /** The built image's id (`sha256:…`), from the `aux` message. */
  get imageId(): string | null {
    return this.id;
  }

  get failure(): BuildFailure | null {
    return this.failed;
  }

  get tags(): readonly string[] {
    return this.tagged;
  }

  /** Applies one parsed JSON value from the stream. */
  apply(message: unknown): BuildProgressUpdate {
    if (!isRecord(message)) return { text: '', stepStarted: null };
    const detail = isRecord(message.errorDetail) ? str(message.errorDetail.message) : null;
    const error = detail ?? str(message.error);
    if (error !== null) {
      this.failed = { step: this.currentStep, message: oneLine(error) || 'unknown error' };
      const text = `${RED}${error.endsWith('\n') ? error : `${error}\n`}${RESET}${BOLD_RED}${failureSummary(this.failed)}${RESET}\n`;
      return { text, stepStarted: null };
    }
    if (isRecord(message.aux)) {
      const id = str(message.aux.ID);
      if (id) this.id = id;
      return { text: '', stepStarted: null };
    }
    const stream = str(message.stream);
    if (stream !== null) {
      let started: BuildStep | null = null;
      const header = STEP_HEADER.exec(stream);
      if (header) {
        started = {
          index: Number(header[1]),
          total: Number(header[2]),
          instruction: (header[3] ?? '').trim(),
        };
        this.currentStep = started;
      }
      const tagged = /^Successfully tagged (.+)$/m.exec(stream);
      if (tagged?.[1]) this.tagged.push(tagged[1].trim());
      const built = /^Successfully built ([0-9a-f]+)$/m.exec(stream);
      if (built?.[1] && this.id === null) this.id = built[1];
      return { text: stream, stepStarted: started };
    }
    const status = str(message.status);
    if (status !== null) {
      const id = str(message.id);
      const progress = str(message.progress);
      const line = [id ? `${id}: ${status}` : status, progress].filter(Boolean).join(' ');
      return { text: `${line}\n`, stepStarted: null };
    }
    return { text: '', stepStarted: null };
  }
}
