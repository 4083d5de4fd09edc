import { describe, expect, it } from 'vitest';
import {
  ENGINE_FEATURES,
  type EngineCapabilities,
  type EngineFeature,
  type EngineSummary,
  type Support,
} from '../../../shared/contract/channels/engines.js';
import type { EngineStatus } from '../../../shared/contract/engine.js';
import { engineOfRef, lackedReason } from './engine-support.js';

const status: EngineStatus = {
  state: 'connected',
  endpoint: { url: 'unix:///var/run/docker.sock', source: 'default' },
  version: { engine: '28.0.0', api: '1.48', os: 'linux', arch: 'amd64' },
};

const capabilities = (lacks: Partial<Record<EngineFeature, string>>): EngineCapabilities => ({
  identity: {
    kind: 'podman',
    product: 'Podman',
    version: '4.3.1',
    apiVersion: '1.41',
    negotiatedApiVersion: '1.41',
    minApiVersion: '1.24',
    os: 'linux',
    arch: 'amd64',
    rootless: true,
  },
  swarmRole: 'inactive',
  features: Object.fromEntries(
    ENGINE_FEATURES.map((f): [EngineFeature, Support] => {
      const reason = lacks[f];
      return [f, reason === undefined ? { ok: true } : { ok: false, reason }];
    }),
  ) as Record<EngineFeature, Support>,
});

const engine = (id: string, patch: Partial<EngineSummary> = {}): EngineSummary => ({
  id,
  label: id,
  source: 'context',
  current: false,
  status,
  capabilities: capabilities({}),
  ...patch,
});

const engines = [
  engine('default', { current: true }),
  engine('podman:run-podman', {
    capabilities: capabilities({ pause: 'rootless Podman on cgroup v1 cannot pause' }),
  }),
  engine('ctx:new', { capabilities: null }),
];

describe('engine support', () => {
  it('finds the engine a qualified id names, else the picked one, else the CLI’s', () => {
    expect(engineOfRef(engines, null, 'abc@podman:run-podman')?.id).toBe('podman:run-podman');
    expect(engineOfRef(engines, 'ctx:new', 'abc')?.id).toBe('ctx:new');
    expect(engineOfRef(engines, null, 'abc')?.id).toBe('default');
    expect(engineOfRef(engines, null, 'abc@ctx:gone')).toBeUndefined();
    expect(engineOfRef(null, null, 'abc')).toBeUndefined();
  });

  it('says why an engine lacks a feature, and nothing when it has it or nobody knows yet', () => {
    expect(lackedReason(engines[1], 'pause')).toBe('rootless Podman on cgroup v1 cannot pause');
    expect(lackedReason(engines[1], 'build')).toBeNull();
    expect(lackedReason(engines[0], 'pause')).toBeNull();
    expect(lackedReason(engines[2], 'pause')).toBeNull();
    expect(lackedReason(undefined, 'pause')).toBeNull();
  });
});
