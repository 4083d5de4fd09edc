import { describe, expect, it } from 'vitest';
import { composeEngineEnv } from './compose-env.js';

const inherited = {
  PATH: '/usr/bin',
  HOME: '/home/u',
  DOCKER_HOST: 'tcp://elsewhere:2375',
  DOCKER_CONTEXT: 'other',
  DOCKER_TLS_VERIFY: '1',
  DOCKER_CERT_PATH: '/certs',
  UNSET: undefined,
};

describe('composeEngineEnv', () => {
  it('passes Berth’s endpoint as DOCKER_HOST, whatever the child would have inherited', () => {
    const { env, globalArgs } = composeEngineEnv(
      inherited,
      { url: 'unix:///run/berth.sock', source: 'DOCKER_HOST' },
      'v1',
    );
    expect(env).toEqual({
      PATH: '/usr/bin',
      HOME: '/home/u',
      DOCKER_HOST: 'unix:///run/berth.sock',
      DOCKER_TLS_VERIFY: '1',
      DOCKER_CERT_PATH: '/certs',
    });
    expect(globalArgs).toEqual([]);
  });

  it('passes the default socket explicitly too', () => {
    const { env } = composeEngineEnv(
      { PATH: '/bin' },
      { url: 'unix:///var/run/docker.sock', source: 'default' },
      'v2',
    );
    expect(env).toEqual({ PATH: '/bin', DOCKER_HOST: 'unix:///var/run/docker.sock' });
  });

  it('passes a context by name: DOCKER_CONTEXT for v2, --context for v1, without stray TLS variables', () => {
    const endpoint = { url: 'tcp://remote:2376', source: 'currentContext', context: 'remote' } as const;
    const v2 = composeEngineEnv(inherited, endpoint, 'v2');
    expect(v2.env).toEqual({ PATH: '/usr/bin', HOME: '/home/u', DOCKER_CONTEXT: 'remote' });
    expect(v2.globalArgs).toEqual([]);
    const v1 = composeEngineEnv(inherited, { ...endpoint, source: 'DOCKER_CONTEXT' }, 'v1');
    expect(v1.env).toEqual({ PATH: '/usr/bin', HOME: '/home/u' });
    expect(v1.globalArgs).toEqual(['--context', 'remote']);
  });
});
