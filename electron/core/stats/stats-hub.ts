import type { StatsSample } from '../../../shared/contract/container-detail.js';
import type { EngineConnection } from '../engine/engine-connection.js';
import type { Disposable } from '../rpc/disposable.js';
import type { StreamHandle, StreamSink } from '../rpc/router.js';
import { StatsFeed } from './stats-feed.js';

/**
 * One engine stats stream per container, shared by every view that shows it (the list's
 * sparkline, the detail page, a second window): N viewers cost one engine stream, not N.
 * Feeds are keyed by the ref as sent: a name and an id of one container make two feeds (harmless).
 */
export class StatsHub implements Disposable {
  private readonly feeds = new Map<string, StatsFeed>();

  constructor(private readonly connection: EngineConnection) {}

  /** Engine stats streams open right now. */
  get openStreams(): number {
    return [...this.feeds.values()].filter((feed) => feed.streaming).length;
  }

  subscribe(ref: string, sink: StreamSink<StatsSample>): StreamHandle {
    let feed = this.feeds.get(ref);
    if (!feed) {
      const created = new StatsFeed(this.connection, ref, () => {
        if (this.feeds.get(ref) === created) this.feeds.delete(ref);
      });
      this.feeds.set(ref, created);
      created.start();
      feed = created;
    }
    return feed.add(sink);
  }

  dispose(): void {
    const feeds = [...this.feeds.values()];
    this.feeds.clear();
    for (const feed of feeds) feed.dispose();
  }
}
