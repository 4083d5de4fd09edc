/** What made a container worth an alert. */
export const ALERT_KINDS = ['exit', 'oom', 'unhealthy', 'restart-loop'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** The container an engine event is about, as the alerts rules need it. */
export interface AlertSubject {
  readonly id: string;
  readonly name: string;
  /** `com.docker.compose.project`, so a project's containers group (and mute) together. */
  readonly project: string | null;
}

/** One container's problem. */
export interface AlertItem extends AlertSubject {
  readonly kind: AlertKind;
  /** The exit code for `exit`/`oom`/`restart-loop` when the engine said it. */
  readonly exitCode: number | null;
  /** Epoch ms of the engine event: the moment the logs open at. */
  readonly at: number;
}

/**
 * One notification: every problem that arrived within the grouping window, so a burst of 50 deaths is
 * one alert. Raised again with the same id while it grows (the UI replaces it in place).
 */
export interface Alert {
  readonly id: string;
  /** Epoch ms of its first item. */
  readonly at: number;
  readonly updatedAt: number;
  /** Set when every item belongs to this one compose project. */
  readonly project: string | null;
  /** At most ALERT_ITEMS_SHOWN items (one per container, the latest problem wins); `total` counts all. */
  readonly items: readonly AlertItem[];
  readonly total: number;
}

export const ALERT_ITEMS_SHOWN = 50;
/** How many alerts the persisted history keeps, newest first. */
export const ALERT_HISTORY_LIMIT = 100;
