import type { EndpointInfo } from '../../../shared/contract/engine.js';

type Env = Readonly<Record<string, string | undefined>>;

/** Variables that pick an engine; the child gets them from Berth's endpoint, not by inheritance. */
const ENGINE_VARS = ['DOCKER_HOST', 'DOCKER_CONTEXT'] as const;
/** The TLS variables that go with a DOCKER_HOST (the docker CLI and compose read the same ones). */
const TLS_VARS = ['DOCKER_TLS', 'DOCKER_TLS_VERIFY', 'DOCKER_CERT_PATH'] as const;

export interface ComposeEngineEnv {
  readonly env: Record<string, string>;
  /** Global options for the compose CLI (before the subcommand). */
  readonly globalArgs: readonly string[];
}

/**
 * Makes compose talk to the engine Berth is connected to, whatever the child would have
 * resolved on its own. An endpoint from a docker context is passed as that context (its TLS
 * material lives in the context store, which both CLIs read); v1 takes it as `--context`, the
 * v2 plugin through DOCKER_CONTEXT. Any other endpoint is passed as DOCKER_HOST with the TLS
 * variables Berth itself resolved it with.
 */
export const composeEngineEnv = (
  base: Env,
  endpoint: EndpointInfo,
  flavour: 'v1' | 'v2',
): ComposeEngineEnv => {
  const context = endpoint.context;
  const fromContext =
    (endpoint.source === 'DOCKER_CONTEXT' || endpoint.source === 'currentContext') && context;
  const dropped = new Set<string>([...ENGINE_VARS, ...(fromContext ? TLS_VARS : [])]);
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(base)) {
    if (value !== undefined && !dropped.has(key)) env[key] = value;
  }
  if (fromContext) {
    if (flavour === 'v2') {
      env['DOCKER_CONTEXT'] = context;
      return { env, globalArgs: [] };
    }
    return { env, globalArgs: ['--context', context] };
  }
  env['DOCKER_HOST'] = endpoint.url;
  return { env, globalArgs: [] };
};
