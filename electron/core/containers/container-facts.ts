import type { ContainerInspectInfo } from 'dockerode';
import type { ContainerSummary } from '../../../shared/contract/containers.js';
import type { EngineEvent } from '../../../shared/contract/engine.js';

/** What the list call does not say: restart count and OOM kill need an inspect. */
interface Facts {
  readonly restartCount: number;
  readonly oomKilled: boolean;
}

/** A relist inspects at most this many problem containers; the rest are read when they next change. */
const RELIST_INSPECT_CAP = 100;

/**
 * Reads the restart count and OOM flag of the containers that died (and of those that restart after
 * dying): one inspect per death, proportional to what changed. A container that never died costs nothing.
 */
export class ContainerFacts {
  private readonly facts = new Map<string, Facts>();
  private readonly wanted = new Set<string>();

  note(event: EngineEvent): void {
    if (event.action === 'destroy') {
      this.facts.delete(event.id);
      this.wanted.delete(event.id);
    } else if (event.action === 'die' || event.action === 'oom') this.wanted.add(event.id);
    // An automatic restart bumps the count after the death was read.
    else if (event.action === 'start' && this.facts.has(event.id)) this.wanted.add(event.id);
  }

  /** On a full relist: the containers whose status shows a problem (exited non-zero, restarting). */
  wantProblems(summaries: Iterable<ContainerSummary>): void {
    for (const summary of summaries) {
      if (this.wanted.size >= RELIST_INSPECT_CAP) return;
      if (
        summary.state === 'restarting' ||
        (summary.exitCode !== null && summary.exitCode !== undefined && summary.exitCode !== 0)
      )
        this.wanted.add(summary.id);
    }
  }

  /**
   * Inspects the wanted containers among `ids` (all of them when `ids` is null); resolves the ids it
   * read. Failures are left for later.
   */
  async read(
    inspect: (id: string) => Promise<ContainerInspectInfo>,
    ids: readonly string[] | null,
  ): Promise<string[]> {
    const targets = (ids ?? [...this.wanted]).filter((id) => this.wanted.has(id));
    const read: string[] = [];
    await Promise.all(
      targets.map(async (id) => {
        try {
          const info = await inspect(id);
          this.facts.set(id, { restartCount: info.RestartCount, oomKilled: info.State.OOMKilled });
          this.wanted.delete(id);
          read.push(id);
        } catch {
          // Gone or slow: the list says what it can; the next event asks again.
        }
      }),
    );
    return read;
  }

  apply(summary: ContainerSummary): ContainerSummary {
    const facts = this.facts.get(summary.id);
    if (!facts) return summary;
    // A running container is no longer OOM killed; the count stays.
    return {
      ...summary,
      restartCount: facts.restartCount,
      oomKilled: facts.oomKilled && summary.state !== 'running',
    };
  }
}
