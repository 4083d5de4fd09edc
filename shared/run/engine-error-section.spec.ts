import { describe, expect, it } from 'vitest';
import { sectionForEngineError } from './engine-error-section.js';

describe('engine errors go to their section by the engine words, not by names in them', () => {
  it.each([
    ['No such image: postgres:latest', 'basic'],
    ['No such image: registry.example/env-network-port:1', 'basic'],
    ['Conflict. The container name "/envoy-port" is already in use by container "0123abc"', 'basic'],
    ['network my-port not found', 'network'],
    ['invalid mount config for type "bind": bind source path does not exist: /srv/port', 'volumes'],
    [
      'driver failed programming external connectivity on endpoint portal (0123): Bind for 0.0.0.0:8080 failed: port is already allocated',
      'ports',
    ],
    ['Minimum memory limit allowed is 6MB', 'resources'],
    ['invalid restart policy "sometimes"', 'advanced'],
  ])('puts %j in %s', (message, section) => {
    expect(sectionForEngineError(message)).toBe(section);
  });
});
