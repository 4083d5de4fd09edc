import type { ContainerSummary, ContainersChanged } from '../../../shared/contract/containers.js';
import type { Disposable } from '../rpc/disposable.js';

/**
 * The changes made while the backend handles one round of I/O leave as one push. A burst of deaths
 * reaches Berth several events to a read, and each death was its own push: a message to encode, to
 * send and for the page to receive as its own task, while the engine tearing the containers down
 * already holds the CPU. `setImmediate` runs right after that round, so nothing waits on a timer.
 * A reset carries the whole model, so it replaces what was waiting and leaves at once.
 */
export class ChangeBatch implements Disposable {
  private readonly upserts = new Map<string, ContainerSummary>();
  private readonly removed = new Set<string>();
  private pending: NodeJS.Immediate | undefined;

  constructor(private readonly fire: (change: ContainersChanged) => void) {}

  add(change: ContainersChanged): void {
    if (change.reset) {
      this.clear();
      this.fire(change);
      return;
    }
    for (const id of change.removed) {
      this.upserts.delete(id);
      this.removed.add(id);
    }
    for (const container of change.upserts) {
      this.removed.delete(container.id);
      this.upserts.set(container.id, container);
    }
    if (this.upserts.size + this.removed.size > 0) this.pending ??= setImmediate(() => this.flush());
  }

  dispose(): void {
    this.clear();
  }

  private flush(): void {
    this.pending = undefined;
    const change: ContainersChanged = {
      reset: false,
      upserts: [...this.upserts.values()],
      removed: [...this.removed],
    };
    this.upserts.clear();
    this.removed.clear();
    this.fire(change);
  }

  private clear(): void {
    clearImmediate(this.pending);
    this.pending = undefined;
    this.upserts.clear();
    this.removed.clear();
  }
}
