import type { EndpointInfo } from '../../../shared/contract/engine.js';

/** Where the endpoint came from, in words a person can act on. */
export const endpointSourceText = (endpoint: EndpointInfo): string => {
  switch (endpoint.source) {
    case 'DOCKER_HOST':
      return 'the DOCKER_HOST environment variable';
    case 'DOCKER_CONTEXT':
      return `docker context "${endpoint.context ?? ''}", named by DOCKER_CONTEXT`;
    case 'currentContext':
      return `docker context "${endpoint.context ?? ''}", the current context in ~/.docker/config.json`;
    case 'default':
      return 'the default endpoint for this platform';
  }
};

/** "in 5 s", "now" — for the next automatic attempt. */
export const countdownText = (seconds: number | null): string | null => {
  if (seconds === null) return null;
  return seconds <= 0 ? 'Trying again now…' : `Next attempt in ${seconds} s.`;
};
