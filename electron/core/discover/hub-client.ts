import { z } from 'zod';
import type {
  HubAnswer,
  HubRepository,
  HubRepositoryPage,
  HubTag,
} from '../../../shared/contract/discover.js';
import { platformName } from '../../../shared/discover/registry-documents.js';
import { hubSummary } from '../../../shared/discover/hub-summary.js';

export const DEFAULT_HUB_URL = 'https://hub.docker.com';
export const HUB_TIMEOUT_MS = 8_000;

/** Docker Hub's public API (`hub.docker.com/v2`), read with schemas; unknown fields are dropped. */
const searchPage = z.object({
  results: z
    .array(
      z.object({
        repo_name: z.string().max(300),
        short_description: z.string().max(2_000).nullable().optional(),
        star_count: z.number().optional(),
        pull_count: z.number().optional(),
        is_official: z.boolean().optional(),
        is_verified_publisher: z.boolean().optional(),
      }),
    )
    .max(200),
});

const repositoryDoc = z.object({
  name: z.string().max(300),
  namespace: z.string().max(300),
  description: z.string().max(2_000).nullable().optional(),
  full_description: z.string().max(1_000_000).nullable().optional(),
});

const tagsPage = z.object({
  results: z
    .array(
      z.object({
        name: z.string().max(200),
        tag_last_pushed: z.string().max(64).nullable().optional(),
        last_updated: z.string().max(64).nullable().optional(),
        digest: z.string().max(200).nullable().optional(),
        images: z
          .array(
            z.object({
              os: z.string().max(64).nullable().optional(),
              architecture: z.string().max(64).nullable().optional(),
              variant: z.string().max(64).nullable().optional(),
              size: z.number().nullable().optional(),
              digest: z.string().max(200).nullable().optional(),
            }),
          )
          .max(100)
          .default([]),
      }),
    )
    .max(200),
});

export interface HubClientOptions {
  /** Docker Hub's base URL; `BERTH_HUB_URL` overrides it (tests point it at recorded answers). */
  readonly baseUrl?: string;
  readonly timeoutMs?: number;
}

class HubUnavailable extends Error {}

/**
 * Docker Hub's public search and repository pages. When Hub cannot be reached (offline, a proxy,
 * an answer Berth does not read) the answer says so once, plainly; nothing else depends on it.
 */
export class HubClient {
  private readonly baseUrl: string;
  private readonly timeoutMs: number;

  constructor(options: HubClientOptions = {}) {
    this.baseUrl = (options.baseUrl ?? process.env.BERTH_HUB_URL ?? DEFAULT_HUB_URL).replace(/\/+$/, '');
    this.timeoutMs = options.timeoutMs ?? HUB_TIMEOUT_MS;
  }

  search(term: string): Promise<HubAnswer<readonly HubRepository[]>> {
    return this.answer(async () => {
      const page = await this.get(
        `/v2/search/repositories/?${new URLSearchParams({ query: term, page_size: '25' }).toString()}`,
        searchPage,
      );
      return page.results.map((r) => ({
        name: r.repo_name.replace(/^library\//, ''),
        description: r.short_description ?? '',
        stars: r.star_count ?? 0,
        pulls: r.pull_count ?? 0,
        official: r.is_official ?? false,
        verified: r.is_verified_publisher ?? false,
      }));
    });
  }

  repository(name: string): Promise<HubAnswer<HubRepositoryPage>> {
    const path = name.includes('/') ? name : `library/${name}`;
    return this.answer(async () => {
      const [repo, tags] = await Promise.all([
        this.get(`/v2/repositories/${path}/`, repositoryDoc),
        this.get(`/v2/repositories/${path}/tags/?page_size=25`, tagsPage),
      ]);
      return {
        name,
        description: repo.description ?? '',
        summary: hubSummary(repo.full_description ?? ''),
        tags: tags.results.map((t): HubTag => ({
          name: t.name,
          lastPushed: t.tag_last_pushed ?? t.last_updated ?? null,
          digest: t.digest ?? null,
          images: t.images.map((i) => ({
            platform: platformName({
              os: i.os ?? '',
              architecture: i.architecture ?? '',
              variant: i.variant ?? undefined,
            }),
            size: i.size ?? 0,
            digest: i.digest ?? null,
          })),
        })),
      };
    });
  }

  private async answer<T>(work: () => Promise<T>): Promise<HubAnswer<T>> {
    try {
      return { available: true, value: await work() };
    } catch (err) {
      const reason = err instanceof HubUnavailable ? err.message : 'it could not be reached';
      return {
        available: false,
        message: `Docker Hub is not available (${reason}). Search still works through the engine, and private registries are unaffected.`,
      };
    }
  }

  private async get<T extends z.ZodType>(path: string, schema: T): Promise<z.infer<T>> {
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}${path}`, {
        headers: { Accept: 'application/json' },
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (err) {
      const cause = (err as { cause?: { code?: string } }).cause;
      throw new HubUnavailable(
        (err as Error).name === 'TimeoutError' ? 'no answer in time' : (cause?.code ?? 'network error'),
      );
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new HubUnavailable(`it answered HTTP ${response.status}`);
    }
    const parsed = schema.safeParse(await response.json().catch(() => null));
    if (!parsed.success) throw new HubUnavailable('its answer was not in the expected shape');
    return parsed.data;
  }
}
