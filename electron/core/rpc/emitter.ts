import { toDisposable, type Disposable } from './disposable.js';

export type Listener<T> = (value: T) => void;

/**
 * One typed event source: `on` returns the Disposable that unsubscribes (owners collect them),
 * and a listener that throws is logged without starving the others or the one who fired.
 * Adding the same function twice subscribes it once.
 */
export class Emitter<T> implements Disposable {
  private readonly listeners = new Set<Listener<T>>();

  on(listener: Listener<T>): Disposable {
    this.listeners.add(listener);
    return toDisposable(() => this.listeners.delete(listener));
  }

  fire(value: T): void {
    // A copy: a listener may subscribe or unsubscribe others while it runs.
    for (const listener of [...this.listeners]) {
      try {
        listener(value);
      } catch (err) {
        console.error('Berth: a listener failed:', err);
      }
    }
  }

  get size(): number {
    return this.listeners.size;
  }

  /** Drops every listener; the source fires no more. */
  dispose(): void {
    this.listeners.clear();
  }
}
