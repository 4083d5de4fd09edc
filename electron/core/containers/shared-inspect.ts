import type Docker from 'dockerode';
import type { ContainerInspectInfo } from 'dockerode';
import type { EngineEvent } from '../../../shared/contract/engine.js';
import type { EngineConnection } from '../engine/engine-connection.js';

/** An answer is kept this long after it came: long enough for every reader of one event, no longer. */
const KEEP_MS = 5_000;

/**
 * One inspect per container event, shared by whoever needs it: a `die` is read by the list (restart
 * count, OOM flag) and by the alert monitor (restart policy, exit time, name), and a burst of 200
 * deaths asked the engine 400 times, each call costing the busy engine and the backend CPU the page
 * then lacks. An inspect started after the container's latest event answers every reader of that
 * event; the container's next event makes the next ask a fresh one. `note` must see each event before
 * any reader asks (ContainerSync calls it first thing, and the monitor subscribes after the sync).
 */
export class SharedInspect {
  private readonly answers = new Map<string, Promise<ContainerInspectInfo>>();

  constructor(private readonly connection: EngineConnection) {}

  note(event: EngineEvent): void {
    this.answers.delete(event.id);
  }

  /**
   * The container as the engine says it is since its latest event. `client` and `signal`: read on
   * this client (a connect hook's, before the connection takes calls) instead of through the connection.
   */
  inspect(id: string, client?: Docker, signal?: AbortSignal): Promise<ContainerInspectInfo> {
    const known = this.answers.get(id);
    if (known) return known;
    const answer = client
      ? client.getContainer(id).inspect({ abortSignal: signal })
      : this.connection.call((c, s) => c.getContainer(id).inspect({ abortSignal: s }));
    this.answers.set(id, answer);
    const forget = (): void => {
      if (this.answers.get(id) === answer) this.answers.delete(id);
    };
    answer.then(
      () => setTimeout(forget, KEEP_MS).unref(),
      // A failure is not kept: the next reader asks again.
      forget,
    );
    return answer;
  }

  clear(): void {
    this.answers.clear();
  }
}
