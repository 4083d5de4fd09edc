import { describe, expect, it } from 'vitest';
import { BerthError } from '../errors/berth-error.js';
import { describeEndpoint, failureReason } from './endpoint-text.js';

const socket = { url: 'unix:///var/run/docker.sock', source: 'DOCKER_HOST' } as const;

describe('why an engine cannot be reached', () => {
  it('says where Berth looked and why there', () => {
    expect(describeEndpoint(null)).toBe('The engine');
    expect(describeEndpoint(socket)).toBe('unix:///var/run/docker.sock (from DOCKER_HOST)');
    expect(describeEndpoint({ url: 'tcp://h:2376', source: 'DOCKER_CONTEXT', context: 'prod' })).toBe(
      'tcp://h:2376 (from context "prod" named by DOCKER_CONTEXT)',
    );
  });

  it('words a system error, a timeout and the engine words, each with its key', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
    expect(failureReason(socket, refused, 2000)).toEqual({
      message: 'Engine not reachable at unix:///var/run/docker.sock (from DOCKER_HOST): connection refused.',
      text: {
        key: 'engineNotReachableECONNREFUSED',
        params: { where: 'unix:///var/run/docker.sock (from DOCKER_HOST)' },
      },
    });
    const aborted = Object.assign(new Error('aborted'), { name: 'AbortError' });
    expect(failureReason(null, aborted, 5000).message).toBe(
      'Engine not reachable at The engine: the engine is not responding (no answer within 5 s).',
    );
    const other = failureReason(socket, new Error('bad handshake'), 2000);
    expect(other.message).toBe(
      'Engine not reachable at unix:///var/run/docker.sock (from DOCKER_HOST): bad handshake.',
    );
    expect(other.text.key).toBe('engineNotReachableAt');
  });

  it('keeps the versions of an engine too old for Berth', () => {
    const tooOld = new BerthError('UNSUPPORTED', {
      message: 'This engine speaks Docker API 1.23; Berth needs 1.24 or newer (Docker 1.12+, Podman 3+)',
      text: { key: 'engineApiTooOld', params: { api: '1.23', min: '1.24' } },
    });
    expect(failureReason(socket, tooOld, 2000)).toEqual({
      message:
        'Engine not reachable at unix:///var/run/docker.sock (from DOCKER_HOST): This engine speaks Docker API 1.23; Berth needs 1.24 or newer (Docker 1.12+, Podman 3+).',
      text: {
        key: 'engineNotReachableTooOld',
        params: { api: '1.23', min: '1.24', where: 'unix:///var/run/docker.sock (from DOCKER_HOST)' },
      },
    });
  });
});
