import { describe, expect, it } from 'vitest';
import { BuildProgress, failureSummary } from './build-progress.js';

const RED = '\u001b[31m';
const BOLD_RED = '\u001b[1;31m';
const RESET = '\u001b[0m';

describe('BuildProgress (the classic builder’s JSON stream)', () => {
  it('follows steps, collects tags and the image id from aux', () => {
    const p = new BuildProgress();
    expect(p.apply({ stream: 'Step 1/3 : FROM berth-test/busybox\n' })).toEqual({
      text: 'Step 1/3 : FROM berth-test/busybox\n',
      stepStarted: { index: 1, total: 3, instruction: 'FROM berth-test/busybox' },
    });
    expect(p.apply({ stream: ' ---> 2178d8432f73\n' }).stepStarted).toBeNull();
    p.apply({ stream: 'Step 2/3 : RUN echo hi\n' });
    expect(p.step).toEqual({ index: 2, total: 3, instruction: 'RUN echo hi' });
    expect(p.apply({ aux: { ID: 'sha256:abc123' } })).toEqual({ text: '', stepStarted: null });
    p.apply({ stream: 'Successfully built abc123\n' });
    p.apply({ stream: 'Successfully tagged app:1\n' });
    p.apply({ stream: 'Successfully tagged app:latest\n' });
    expect(p.imageId).toBe('sha256:abc123');
    expect(p.tags).toEqual(['app:1', 'app:latest']);
    expect(p.failure).toBeNull();
  });

  it('falls back to "Successfully built" when no aux came', () => {
    const p = new BuildProgress();
    p.apply({ stream: 'Successfully built 0123456789ab\n' });
    expect(p.imageId).toBe('0123456789ab');
  });

  it('names the failing step and shows the engine’s message in red with a summary line', () => {
    const p = new BuildProgress();
    p.apply({ stream: 'Step 3/5 : RUN false\n' });
    p.apply({ stream: ' ---> Running in 1234\n' });
    const message = "The command '/bin/sh -c false' returned a non-zero code: 1";
    const update = p.apply({ errorDetail: { code: 1, message }, error: message });
    expect(p.failure).toEqual({ step: { index: 3, total: 5, instruction: 'RUN false' }, message });
    expect(update.text).toBe(`${RED}${message}\n${RESET}${BOLD_RED}Step 3/5 failed: ${message}${RESET}\n`);
    expect(failureSummary(p.failure ?? { step: null, message: '' })).toBe(`Step 3/5 failed: ${message}`);
  });

  it('takes `error` alone, and a failure before any step', () => {
    const p = new BuildProgress();
    p.apply({ error: 'dockerfile parse error line 2: unknown instruction: FORM' });
    expect(failureSummary(p.failure ?? { step: null, message: '' })).toBe(
      'The build failed: dockerfile parse error line 2: unknown instruction: FORM',
    );
  });

  it('keeps a multi-line or escape-laden message to one line in the summary', () => {
    const p = new BuildProgress();
    p.apply({ stream: 'Step 1/1 : RUN x\n' });
    p.apply({ error: 'first line\n\u001b[31msecond\u001b[0m  line\n' });
    expect(p.failure?.message).toBe('first line second line');
  });

  it('prints pull status lines with their id and progress', () => {
    const p = new BuildProgress();
    expect(p.apply({ status: 'Pulling from library/alpine', id: 'latest' }).text).toBe(
      'latest: Pulling from library/alpine\n',
    );
    expect(p.apply({ status: 'Downloading', id: 'abc', progress: '[=>   ] 1MB/5MB' }).text).toBe(
      'abc: Downloading [=>   ] 1MB/5MB\n',
    );
    expect(p.apply({ status: 'Digest: sha256:x' }).text).toBe('Digest: sha256:x\n');
  });

  it('ignores what it does not understand', () => {
    const p = new BuildProgress();
    for (const value of [null, 3, 'text', [], { aux: 'x' }, { stream: 5 }, {}]) {
      expect(p.apply(value)).toEqual({ text: '', stepStarted: null });
    }
    expect(p.imageId).toBeNull();
  });
});
