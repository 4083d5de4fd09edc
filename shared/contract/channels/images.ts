import type { z } from 'zod';
import {
  loginRequest,
  logoutRequest,
  refRequest,
  removeRequest,
  searchRequest,
  tagRequest,
  transferRequest,
  untagRequest,
  type ImageHistoryEntry,
  type ImageInspect,
  type ImageList,
  type ImagesChanged,
  type LoginResult,
  type LogoutResult,
  type RegistryEntry,
  type RemoveOutcome,
  type SearchResult,
} from '../images.js';
import { event, feature, invoke } from '../define.js';
import type { TaskSummary } from '../tasks.js';
import { empty } from './empty.js';
import { onEngine } from './engines.js';

/** Channels for images and registries (issue 5). */
const invokes = {
  'images.list': invoke<ImageList>()(onEngine(empty)),
  'images.inspect': invoke<ImageInspect>()(onEngine(refRequest)),
  'images.history': invoke<readonly ImageHistoryEntry[]>()(onEngine(refRequest)),
  /** Removes whole images (every tag); an image in use is refused with its users unless forced. */
  'images.remove': invoke<readonly RemoveOutcome[]>()(onEngine(removeRequest)),
  /** Removes one name of an image; the image stays while it has other names. */
  'images.untag': invoke<readonly RemoveOutcome[]>()(onEngine(untagRequest)),
  'images.tag': invoke<{ readonly reference: string }>()(onEngine(tagRequest)),
  /** Starts a pull task (see tasks.*): progress per layer, cancellable. */
  'images.pull': invoke<TaskSummary>()(onEngine(transferRequest)),
  'images.push': invoke<TaskSummary>()(onEngine(transferRequest)),
  /** Docker Hub search through the engine (`docker search`). */
  'images.search': invoke<readonly SearchResult[]>()(onEngine(searchRequest)),
  'registry.list': invoke<readonly RegistryEntry[]>()(empty),
  'registry.login': invoke<LoginResult>()(loginRequest),
  'registry.logout': invoke<LogoutResult>()(logoutRequest),
  /** Cancels this client's login in progress (its dialog closed), helper included. */
  'registry.cancelLogin': invoke<{ readonly cancelled: boolean }>()(empty),
} as const;

const events = {
  'images.changed': event<ImagesChanged>(),
} as const;

const streams = {} as const;

export const imagesFeature = feature({ invokes, events, streams });

export type LoginRequest = z.infer<typeof loginRequest>;
