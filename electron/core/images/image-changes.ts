import type { ImagesChanged } from '../../../shared/contract/images.js';
import type { EngineConnection } from '../engine/engine-connection.js';
import { DisposableStore, type Disposable } from '../rpc/disposable.js';

/** Container events that change which images are in use. */
const CONTAINER_ACTIONS = new Set(['create', 'destroy']);

/**
 * Turns engine events into one `images.changed` per burst: a pull of ten layers or a removal of
 * fifty images costs the renderer one relist, not one per event. Also fires after a reconnect,
 * since events were missed while disconnected.
 */
export class ImageChanges implements Disposable {
  private readonly disposables = new DisposableStore();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    connection: EngineConnection,
    private readonly emit: (change: ImagesChanged) => void,
    private readonly coalesceMs = 150,
  ) {
    this.disposables.add(
      connection.onEvent((event) => {
        if (event.type === 'image' || (event.type === 'container' && CONTAINER_ACTIONS.has(event.action))) {
          this.schedule();
        }
      }),
    );
    this.disposables.add(
      connection.onStatus((status) => {
        if (status.state === 'connected') this.schedule();
      }),
    );
  }

  private schedule(): void {
    this.timer ??= setTimeout(() => {
      this.timer = null;
      this.emit({ at: Date.now() });
    }, this.coalesceMs);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.disposables.dispose();
  }
}
