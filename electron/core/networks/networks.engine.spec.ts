import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NetworksList } from '../../../shared/contract/networks.js';
import type { Backend } from '../backend.js';
import {
  docker,
  engineSocketPath,
  eventually,
  removeTestContainers,
  runTestContainer,
  TEST_LABEL,
} from '../testing/docker-cli.js';
import { backendFor, waitForStatus } from '../testing/test-backend.js';

const SCOPE = 'networks-engine';
const ctx = { clientId: 'test' };
const NET = 'berth-nete-net';
const SUBNET = '10.123.10.0/24';

const removeTestNetworks = async (): Promise<void> => {
  const ids = await docker('network', 'ls', '-q', '--filter', `label=${TEST_LABEL}=${SCOPE}`);
  if (ids) await docker('network', 'rm', ...ids.split('\n'));
};

describe('networks against the real engine', () => {
  let backend: Backend;
  const changes: number[] = [];

  const list = async (): Promise<NetworksList> => {
    const r = await backend.router.invoke('networks.list', {}, ctx);
    if (!r.ok) throw new Error(r.error.message);
    return r.value as NetworksList;
  };

  beforeAll(async () => {
    await removeTestContainers(SCOPE);
    await removeTestNetworks();
    backend = backendFor(`unix://${engineSocketPath()}`);
    backend.hub.subscribe((channel, payload) => {
      if (channel === 'networks.changed') changes.push((payload as { at: number }).at);
    });
    backend.start();
    await waitForStatus(backend, (s) => s.state === 'connected');
  });
  afterAll(async () => {
    backend.dispose();
    await removeTestContainers(SCOPE);
    await removeTestNetworks();
  });

  it('refuses invalid CIDRs with field issues and creates nothing', async () => {
    const base = {
      driver: 'bridge',
      internal: false,
      attachable: false,
      labels: { [TEST_LABEL]: SCOPE },
      options: {},
    };
    for (const [ipv4, path] of [
      [{ subnet: '10.123.10.0/33' }, 'ipv4.subnet'],
      [{ subnet: '300.1.0.0/24' }, 'ipv4.subnet'],
      [{ subnet: SUBNET, gateway: '10.123.11.1' }, 'ipv4.gateway'],
      [{ subnet: SUBNET, ipRange: '10.123.0.0/25' }, 'ipv4.ipRange'],
    ] as const) {
      const r = await backend.router.invoke('networks.create', { ...base, name: `${NET}-bad`, ipv4 }, ctx);
      expect(r.ok).toBe(false);
      expect(!r.ok && r.error.code).toBe('VALIDATION');
      expect(!r.ok && r.error.issues?.[0]?.path).toBe(path);
    }
    expect(await docker('network', 'ls', '-q', '--filter', `label=${TEST_LABEL}=${SCOPE}`)).toBe('');
  });

  it('creates a labelled bridge network with subnet, gateway and range, and lists it live', async () => {
    const before = changes.length;
    const r = await backend.router.invoke(
      'networks.create',
      {
        name: NET,
        driver: 'bridge',
        ipv4: { subnet: SUBNET, gateway: '10.123.10.1', ipRange: '10.123.10.128/25' },
        internal: true,
        attachable: true,
        labels: { [TEST_LABEL]: SCOPE },
        options: { 'com.docker.network.bridge.enable_icc': 'true' },
      },
      ctx,
    );
    expect(r).toMatchObject({
      ok: true,
      value: {
        name: NET,
        driver: 'bridge',
        internal: true,
        attachable: true,
        builtin: false,
        subnets: [{ subnet: SUBNET, gateway: '10.123.10.1', ipRange: '10.123.10.128/25' }],
      },
    });
    await eventually(() => {
      expect(changes.length).toBeGreaterThan(before);
    });
    const { networks, drivers } = await list();
    expect(drivers).toContain('bridge');
    expect(networks.find((n) => n.name === NET)?.labels).toEqual({ [TEST_LABEL]: SCOPE });
    expect(networks.find((n) => n.name === 'bridge')?.builtin).toBe(true);
    // A second network over the same addresses is refused before the engine sees it.
    const clash = await backend.router.invoke(
      'networks.create',
      {
        name: `${NET}-clash`,
        driver: 'bridge',
        ipv4: { subnet: '10.123.10.0/25' },
        internal: false,
        attachable: false,
        labels: { [TEST_LABEL]: SCOPE },
        options: {},
      },
      ctx,
    );
    expect(!clash.ok && clash.error.message).toMatch(`overlaps ${SUBNET} of the network "${NET}"`);
  });

  it('connects a container with a static IP and alias, shows the address, refuses removal while attached', async () => {
    await runTestContainer('berth-nete-c1', SCOPE);
    const outside = await backend.router.invoke(
      'networks.connect',
      { network: NET, container: 'berth-nete-c1', ipv4: '10.123.11.42' },
      ctx,
    );
    expect(!outside.ok && outside.error).toMatchObject({
      code: 'VALIDATION',
      message: `The address 10.123.11.42 is outside the subnet ${SUBNET}.`,
    });
    const ok = await backend.router.invoke(
      'networks.connect',
      { network: NET, container: 'berth-nete-c1', ipv4: '10.123.10.42', alias: 'probe' },
      ctx,
    );
    expect(ok).toEqual({ ok: true, value: { connected: true } });
    const inspected = JSON.parse(
      await docker(
        'inspect',
        '--format',
        `{{json (index .NetworkSettings.Networks "${NET}")}}`,
        'berth-nete-c1',
      ),
    ) as { IPAddress: string; Aliases: string[] };
    expect(inspected.IPAddress).toBe('10.123.10.42');
    expect(inspected.Aliases).toContain('probe');
    await eventually(async () => {
      const attached = (await list()).networks.find((n) => n.name === NET)?.containers;
      expect(attached).toEqual([expect.objectContaining({ name: 'berth-nete-c1', ipv4: '10.123.10.42' })]);
    });
    const refused = await backend.router.invoke('networks.remove', { ref: NET }, ctx);
    expect(!refused.ok && refused.error).toEqual({
      code: 'CONFLICT',
      message: `The network "${NET}" is in use by the container berth-nete-c1; disconnect or remove it first.`,
      text: { key: 'networkInUse', params: { name: NET, users: 'berth-nete-c1', count: 1 } },
    });
  });

  it('disconnects and then removes the network', async () => {
    expect(
      await backend.router.invoke(
        'networks.disconnect',
        { network: NET, container: 'berth-nete-c1', force: false },
        ctx,
      ),
    ).toEqual({ ok: true, value: { disconnected: true } });
    expect(await backend.router.invoke('networks.remove', { ref: NET }, ctx)).toEqual({
      ok: true,
      value: { removed: NET },
    });
    expect(await docker('network', 'ls', '-q', '--filter', `name=^${NET}$`)).toBe('');
  });

  it('refuses to remove the built-in networks, with the reason', async () => {
    for (const name of ['bridge', 'host', 'none']) {
      const r = await backend.router.invoke('networks.remove', { ref: name }, ctx);
      expect(!r.ok && r.error.code).toBe('CONFLICT');
      expect(!r.ok && r.error.message).toMatch(`"${name}" is one of Docker's built-in networks`);
    }
    expect(await docker('network', 'ls', '-q', '--filter', 'name=^bridge$')).not.toBe('');
  });

  it('says NOT_FOUND with the engine’s words for an unknown network, and refuses odd refs unseen', async () => {
    const r = await backend.router.invoke('networks.inspect', { ref: 'berth-nete-nope' }, ctx);
    expect(!r.ok && r.error).toEqual({ code: 'NOT_FOUND', message: 'network berth-nete-nope not found' });
    const odd = await backend.router.invoke('networks.remove', { ref: '../bridge' }, ctx);
    expect(!odd.ok && odd.error.code).toBe('VALIDATION');
  });

  it('creates a macvlan network where the engine can, else shows its refusal verbatim and leaves nothing', async () => {
    const name = 'berth-nete-macvlan';
    const r = await backend.router.invoke(
      'networks.create',
      {
        name,
        driver: 'macvlan',
        ipv4: { subnet: '10.123.20.0/24' },
        internal: false,
        attachable: false,
        labels: { [TEST_LABEL]: SCOPE },
        options: {},
      },
      ctx,
    );
    if (r.ok) {
      expect(r.value).toMatchObject({ name, driver: 'macvlan', subnets: [{ subnet: '10.123.20.0/24' }] });
      expect(await backend.router.invoke('networks.remove', { ref: name }, ctx)).toMatchObject({ ok: true });
    } else {
      // This sandbox has no macvlan support in its kernel: the engine says so, and nothing remains.
      expect(r.error).toEqual({ code: 'ENGINE_ERROR', message: 'operation not supported' });
    }
    expect(await docker('network', 'ls', '-q', '--filter', `name=^${name}$`)).toBe('');
  });
});
