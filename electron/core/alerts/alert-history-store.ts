import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { upsertHistory } from '../../../shared/alerts/alert-grouper.js';
import { ALERT_HISTORY_LIMIT, ALERT_KINDS, type Alert } from '../../../shared/alerts/alert-types.js';
import { replaceFile } from '../settings/replace-file.js';

export const ALERT_HISTORY_FILE = 'alerts-history.json';

const item = z.object({
  id: z.string().max(128),
  name: z.string().max(256),
  project: z.string().max(256).nullable(),
  kind: z.enum(ALERT_KINDS),
  exitCode: z.number().int().nullable(),
  at: z.number(),
});
const alert = z.object({
  id: z.string().max(64),
  at: z.number(),
  updatedAt: z.number(),
  project: z.string().max(256).nullable(),
  items: z.array(item).max(100),
  total: z.number().int().nonnegative(),
});

/** Writes wait this long so a burst that grows one alert 200 times is one write. */
const WRITE_DELAY_MS = 250;

/**
 * `<dataDir>/alerts-history.json`: the last ALERT_HISTORY_LIMIT alerts, newest first. Reads forgive
 * (a damaged entry is dropped, a damaged file is an empty history); writes are atomic (temp + rename)
 * and serialised, so a crash mid-write leaves the previous file whole.
 */
export class AlertHistoryStore {
  private alerts: Alert[] = [];
  private loaded: Promise<void> | null = null;
  private writeTimer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly dataDir: string) {}

  get path(): string {
    return join(this.dataDir, ALERT_HISTORY_FILE);
  }

  async list(): Promise<readonly Alert[]> {
    await this.load();
    return this.alerts;
  }

  async upsert(next: Alert): Promise<void> {
    await this.load();
    this.alerts = upsertHistory(this.alerts, next, ALERT_HISTORY_LIMIT);
    this.scheduleWrite();
  }

  async clear(): Promise<void> {
    await this.load();
    this.alerts = [];
    this.scheduleWrite();
    await this.flush();
  }

  /** Writes what is pending now (tests, shutdown). */
  async flush(): Promise<void> {
    if (this.writeTimer) {
      clearTimeout(this.writeTimer);
      this.writeTimer = undefined;
      this.enqueueWrite();
    }
    await this.writing;
  }

  dispose(): void {
    void this.flush();
  }

  private load(): Promise<void> {
    this.loaded ??= this.read().then((alerts) => {
      // Alerts raised before the file was read come first; the file's follow.
      this.alerts = alerts.reduceRight(
        (all, a) => (all.some((b) => b.id === a.id) ? all : [...all, a]),
        this.alerts,
      );
    });
    return this.loaded;
  }

  private async read(): Promise<Alert[]> {
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFile(this.path, 'utf8'));
    } catch {
      return [];
    }
    if (!Array.isArray(parsed)) return [];
    const alerts: Alert[] = [];
    for (const entry of parsed.slice(0, ALERT_HISTORY_LIMIT)) {
      const result = alert.safeParse(entry);
      if (result.success) alerts.push(result.data);
    }
    return alerts;
  }

  private scheduleWrite(): void {
    this.writeTimer ??= setTimeout(() => {
      this.writeTimer = undefined;
      this.enqueueWrite();
    }, WRITE_DELAY_MS);
  }

  private enqueueWrite(): void {
    const text = JSON.stringify(this.alerts) + '\n';
    this.writing = this.writing.then(() => this.write(text)).catch(() => undefined);
  }

  private async write(text: string): Promise<void> {
    await mkdir(this.dataDir, { recursive: true });
    await replaceFile(this.path, text);
  }
}
