import type { EndpointInfo } from '../../../shared/contract/engine.js';
import { translate } from '../../i18n/index.js';
import { messages } from './messages.js';

/** Where the endpoint came from, in words a person can act on. */
export const endpointSourceText = (endpoint: EndpointInfo): string => {
  switch (endpoint.source) {
    case 'DOCKER_HOST':
      return translate(messages, 'fromDockerHost');
    case 'DOCKER_CONTEXT':
      return translate(messages, 'fromDockerContext', { name: endpoint.context ?? '' });
    case 'currentContext':
      return translate(messages, 'fromCurrentContext', { name: endpoint.context ?? '' });
    case 'default':
      return translate(messages, 'fromDefault');
  }
};

/** "in 5 s", "now" — for the next automatic attempt. */
export const countdownText = (seconds: number | null): string | null => {
  if (seconds === null) return null;
  return seconds <= 0 ? translate(messages, 'tryingNow') : translate(messages, 'nextAttempt', { seconds });
};
