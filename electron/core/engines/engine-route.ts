import type { EngineFeature } from '../../../shared/contract/channels/engines.js';
import type { TaskEngine } from '../../../shared/contract/tasks.js';
import { requireFeature } from './engine-capabilities.js';
import type { EngineScope, EngineSet } from './engine-set.js';

/** What every request that names an engine object carries (`onEngine` in the contract). */
export interface EngineRequest {
  readonly engine?: string | undefined;
}

/**
 * Every handler's one way to the engine a request names: absent is the engine the CLI named at launch, an unknown id
 * is NOT_FOUND (never another engine). With `feature`, an engine known to lack it is refused with UNSUPPORTED and the
 * reason (e.g. "Podman has no swarm mode") before the engine is asked, instead of its raw refusal; an engine not yet
 * probed is let through (its own answer is then the best there is).
 */
export function routeEngine(engines: EngineSet, req: EngineRequest, feature?: EngineFeature): EngineScope {
  const scope = engines.scope(req.engine);
  const capabilities = feature ? scope.capabilities() : null;
  if (feature && capabilities) requireFeature(capabilities, feature);
  return scope;
}

/** How a task names its engine: only when the request named one (else it is the launch engine, as before). */
export function taskEngine(scope: EngineScope, req: EngineRequest): TaskEngine | undefined {
  return req.engine === undefined ? undefined : { id: scope.id, label: scope.label };
}

/** A task title or tray line with its engine, when it has one: "Pull nginx:1 (on ctx:build-box)". */
export function withEngineLabel(text: string, engine: TaskEngine | undefined): string {
  return engine ? `${text} (on ${engine.label})` : text;
}

/** The request without its `engine`, for services that take the request whole (and may send it on to the engine). */
export function withoutEngine<R extends EngineRequest>(req: R): Omit<R, 'engine'> {
  const { engine: _engine, ...rest } = req;
  return rest;
}

/**
 * Swarm's own check: an inactive Docker engine may still join or start a swarm (so `swarm` not being usable yet is no
 * refusal), but Podman has no swarm mode at all and answers with a raw 404; say so instead.
 */
export function refuseSwarmOnPodman(engines: EngineSet, req: EngineRequest = {}): void {
  const capabilities = engines.scope(req.engine).capabilities();
  if (capabilities?.identity.kind === 'podman') requireFeature(capabilities, 'swarm');
}
