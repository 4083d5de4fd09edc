import { describe, expect, it } from 'vitest';
import { countdownText, endpointSourceText } from './endpoint-text.js';

describe('endpointSourceText', () => {
  it('names the variable or context the endpoint came from', () => {
    expect(endpointSourceText({ url: 'tcp://h:2375', source: 'DOCKER_HOST' })).toBe(
      'the DOCKER_HOST environment variable',
    );
    expect(endpointSourceText({ url: 'unix:///x', source: 'DOCKER_CONTEXT', context: 'colima' })).toBe(
      'docker context "colima", named by DOCKER_CONTEXT',
    );
    expect(endpointSourceText({ url: 'unix:///x', source: 'currentContext', context: 'desktop' })).toContain(
      'current context',
    );
    expect(endpointSourceText({ url: 'unix:///var/run/docker.sock', source: 'default' })).toContain(
      'default',
    );
  });
});

describe('countdownText', () => {
  it('counts down to the next attempt', () => {
    expect(countdownText(5)).toBe('Next attempt in 5 s.');
    expect(countdownText(0)).toBe('Trying again now…');
    expect(countdownText(null)).toBeNull();
  });
});
