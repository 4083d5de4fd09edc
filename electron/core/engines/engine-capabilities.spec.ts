import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  apiTooOld,
  compareApiVersions,
  engineCapabilities,
  requireFeature,
  type InfoResponse,
  type VersionResponse,
} from './engine-capabilities.js';

/** Real responses, captured from Debian 12's dockerd 20.10.24 and `podman system service` 4.3.1. */
const fixture = <T>(name: string): T =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8')) as T;
const dockerVersion = fixture<VersionResponse>('docker-20.10-version');
const dockerInfo = fixture<InfoResponse>('docker-20.10-info');
const podmanVersion = fixture<VersionResponse>('podman-4.3-version');
const podmanInfo = fixture<InfoResponse>('podman-4.3-info');

describe('engine kind, version and capabilities', () => {
  it('Docker Engine 20.10 (API 1.41), not in a swarm', () => {
    const caps = engineCapabilities(dockerVersion, dockerInfo);
    expect(caps.identity).toEqual({
      kind: 'docker',
      product: 'Docker Engine',
      version: '20.10.24+dfsg1',
      apiVersion: '1.41',
      negotiatedApiVersion: '1.41',
      minApiVersion: '1.12',
      os: 'linux',
      arch: 'amd64',
      rootless: false,
    });
    expect(caps.swarmRole).toBe('inactive');
    expect(caps.features).toEqual({
      swarm: {
        ok: false,
        reason: 'Docker Engine 20.10.24+dfsg1 is not part of a swarm',
        text: { key: 'engineNotInSwarm', params: { engine: 'Docker Engine 20.10.24+dfsg1' } },
      },
      build: { ok: true },
      buildkit: { ok: true },
      volumePruneAll: {
        ok: false,
        reason:
          'Pruning named volumes with "all" needs Docker API 1.42; Docker Engine 20.10.24+dfsg1 speaks 1.41',
        text: {
          key: 'volumePruneAllNeedsApi',
          params: { min: '1.42', engine: 'Docker Engine 20.10.24+dfsg1', api: '1.41' },
        },
      },
      imagePlatform: { ok: true },
      pause: { ok: true },
      stats: { ok: true },
    });
  });

  it('Podman 4.3 behind its Docker-compatible API', () => {
    const caps = engineCapabilities(podmanVersion, podmanInfo);
    expect(caps.identity).toMatchObject({
      kind: 'podman',
      product: 'Podman',
      version: '4.3.1',
      apiVersion: '1.41',
    });
    expect(caps.features.swarm).toEqual({
      ok: false,
      reason: 'Podman has no swarm mode',
      text: { key: 'podmanNoSwarm' },
    });
    expect(caps.features.buildkit).toMatchObject({
      ok: false,
      reason: 'Podman builds with Buildah, not BuildKit',
      text: { key: 'podmanNoBuildkit' },
    });
    expect(caps.features.build).toEqual({ ok: true });
    expect(() => requireFeature(caps, 'swarm')).toThrow(
      expect.objectContaining({
        code: 'UNSUPPORTED',
        message: 'Podman has no swarm mode.',
        text: { key: 'podmanNoSwarm' },
      }),
    );
  });

  it('Docker Desktop, newer than Berth: spoken to at Berth’s newest API', () => {
    // Not captured (no Desktop here): the 20.10 capture with the fields Docker Desktop sets in /info.
    const caps = engineCapabilities(
      { ...dockerVersion, Version: '28.3.2', ApiVersion: '1.51', MinAPIVersion: '1.24' },
      { ...dockerInfo, OperatingSystem: 'Docker Desktop', Name: 'docker-desktop' },
    );
    expect(caps.identity).toMatchObject({
      kind: 'docker-desktop',
      product: 'Docker Desktop',
      apiVersion: '1.51',
      negotiatedApiVersion: '1.45',
    });
    expect(caps.features.volumePruneAll).toEqual({ ok: true });
  });

  it('a swarm manager, a worker, and a rootless engine on cgroup v1', () => {
    const manager = engineCapabilities(dockerVersion, {
      ...dockerInfo,
      Swarm: { LocalNodeState: 'active', ControlAvailable: true },
    });
    expect(manager.swarmRole).toBe('manager');
    expect(manager.features.swarm).toEqual({ ok: true });
    const worker = engineCapabilities(dockerVersion, {
      ...dockerInfo,
      Swarm: { LocalNodeState: 'active', ControlAvailable: false },
    });
    expect(worker.features.swarm).toMatchObject({
      ok: false,
      text: { key: 'engineSwarmNode', params: { role: 'worker' } },
      reason: 'Docker Engine 20.10.24+dfsg1 is a swarm worker node; services are listed on a manager',
    });
    const rootless = engineCapabilities(dockerVersion, {
      ...dockerInfo,
      SecurityOptions: ['name=seccomp,profile=default', 'name=rootless'],
    });
    expect(rootless.identity.rootless).toBe(true);
    expect(rootless.features.pause).toMatchObject({
      ok: false,
      text: { key: 'pauseNeedsCgroupV2' },
      reason:
        'Pausing containers needs cgroup v2 for a rootless engine; Docker Engine 20.10.24+dfsg1 runs rootless on cgroup v1',
    });
  });

  it('compares API versions numerically and refuses engines older than Berth supports', () => {
    expect(compareApiVersions('1.9', '1.24')).toBe(-1);
    expect(compareApiVersions('1.41', '1.41')).toBe(0);
    expect(compareApiVersions('1.100', '1.45')).toBe(1);
    expect(apiTooOld(dockerVersion)).toBeUndefined();
    expect(apiTooOld({ ApiVersion: '1.23' })).toEqual({
      message: 'This engine speaks Docker API 1.23; Berth needs 1.24 or newer (Docker 1.12+, Podman 3+)',
      text: { key: 'engineApiTooOld', params: { api: '1.23', min: '1.24' } },
    });
  });
});
