import type { ErrorCode, ErrorText } from './errors.js';

/** Where the endpoint came from, in the docker CLI's order of precedence. */
export type EndpointSource = 'DOCKER_HOST' | 'DOCKER_CONTEXT' | 'currentContext' | 'default';

export interface EndpointInfo {
  /** The endpoint as a user would write it, e.g. `unix:///var/run/docker.sock`. */
  readonly url: string;
  readonly source: EndpointSource;
  /** The docker context name when the endpoint came from one. */
  readonly context?: string;
}

export interface EngineVersion {
  readonly engine: string;
  readonly api: string;
  readonly os: string;
  readonly arch: string;
}

export type EngineStatus =
  | { readonly state: 'connecting'; readonly endpoint: EndpointInfo | null; readonly attempt: number }
  | { readonly state: 'connected'; readonly endpoint: EndpointInfo; readonly version: EngineVersion }
  /**
   * Still connected (the event stream is open, the lists are the last known), but the engine
   * left a ping unanswered: a stopped process or a hung VM. Calls fail fast until it answers.
   */
  | {
      readonly state: 'not-responding';
      readonly endpoint: EndpointInfo;
      readonly version: EngineVersion;
      readonly reason: string;
      /** `reason`'s key and parameters, for the renderer to word in the reader's language. */
      readonly reasonText?: ErrorText;
      /** Epoch ms of the ping that went unanswered. */
      readonly since: number;
    }
  | {
      readonly state: 'unreachable';
      readonly endpoint: EndpointInfo | null;
      readonly code: ErrorCode;
      readonly reason: string;
      /** `reason`'s key and parameters, when Berth words it (an endpoint error's own words have none). */
      readonly reasonText?: ErrorText;
      /** Epoch ms of the next automatic attempt; null when retrying waits for the user. */
      readonly nextAttemptAt: number | null;
      readonly attempt: number;
    };

/** The engine event types Berth follows, in the order the events log offers them. */
export const ENGINE_EVENT_TYPES = [
  'container',
  'image',
  'volume',
  'network',
  'service',
  'node',
  'secret',
  'config',
] as const;

export type EngineEventType = (typeof ENGINE_EVENT_TYPES)[number];

/** One engine event, reduced to what a person reads in an events log. */
export interface EngineEvent {
  readonly type: EngineEventType;
  readonly action: string;
  readonly id: string;
  readonly name: string | null;
  /** Epoch nanoseconds from the engine, as a decimal string (exceeds 2^53). */
  readonly timeNano: string;
  /** A swarm task's container: the service it belongs to (so its service is refreshed). */
  readonly swarmService?: string;
  /** A container's `die`: the exit code the engine recorded (alerts tell a crash by it). */
  readonly exitCode?: number;
  /** A container's `kill`: the signal sent (a stop signal means the death that follows was asked for). */
  readonly signal?: string;
}
