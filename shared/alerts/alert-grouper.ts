import { ALERT_HISTORY_LIMIT, ALERT_ITEMS_SHOWN, type Alert, type AlertItem } from './alert-types.js';

/** A problem within this long of an alert's span (either side) joins it: a burst is one notification. */
export const GROUP_WINDOW_MS = 2_000;
/** However steady the flow, an alert spans at most this long; the next problem past it opens a new one. */
export const GROUP_SPAN_MS = 30_000;

/**
 * Folds alert items into alerts. The items' own times decide (when each container died, not when
 * Berth heard of it): a loaded engine reports the deaths of one burst seconds apart and not in the
 * order they happened, so an item joins the open alert when it falls within the window of the
 * alert's span on either side, and the span slides with the burst up to GROUP_SPAN_MS. The first
 * item opens an alert at once; each that joins raises it again under the same id. Pure.
 */
export class AlertGrouper {
  private open: Alert | null = null;
  /** Every container the open alert counts, past the items it carries too: each counted once. */
  private counted = new Set<string>();

  constructor(
    private readonly newId: () => string,
    private readonly windowMs = GROUP_WINDOW_MS,
    private readonly spanMs = GROUP_SPAN_MS,
  ) {}

  add(item: AlertItem): Alert {
    const open = this.open;
    const joins =
      open !== null &&
      item.at >= open.at - this.windowMs &&
      item.at <= open.updatedAt + this.windowMs &&
      Math.max(open.updatedAt, item.at) - Math.min(open.at, item.at) <= this.spanMs;
    if (!joins) {
      this.open = {
        id: this.newId(),
        at: item.at,
        updatedAt: item.at,
        project: item.project,
        items: [item],
        total: 1,
      };
      this.counted = new Set([item.id]);
      return this.open;
    }
    const index = open.items.findIndex((existing) => existing.id === item.id);
    const seen = this.counted.has(item.id);
    this.counted.add(item.id);
    const items =
      index >= 0
        ? open.items.map((existing, i) => (i === index ? item : existing))
        : open.items.length < ALERT_ITEMS_SHOWN
          ? [...open.items, item]
          : open.items;
    this.open = {
      ...open,
      at: Math.min(open.at, item.at),
      updatedAt: Math.max(open.updatedAt, item.at),
      project: open.project !== null && open.project === item.project ? open.project : null,
      items,
      // A container already counted (its problem escalated) is still one container.
      total: seen ? open.total : open.total + 1,
    };
    return this.open;
  }
}

/** The history after an alert was raised or grew: newest first, one entry per id, bounded. */
export const upsertHistory = (
  history: readonly Alert[],
  alert: Alert,
  limit = ALERT_HISTORY_LIMIT,
): Alert[] => [alert, ...history.filter((existing) => existing.id !== alert.id)].slice(0, limit);
