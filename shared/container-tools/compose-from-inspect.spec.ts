import { describe, expect, it } from 'vitest';
import { composeFromContainers } from './compose-from-inspect.js';
import { composeDuration } from './compose-service.js';
import type { ComposeSource, InspectedContainer } from './inspect-shape.js';

const ID = (n: number): string => String(n).repeat(64).slice(0, 64);
const container = (n: number, extra: Partial<InspectedContainer> = {}): InspectedContainer => ({
  Id: ID(n),
  Name: `/c${n}`,
  Config: { Image: 'app:1', Env: ['PATH=/bin'], Labels: { 'org.image': 'x' }, Hostname: ID(n).slice(0, 12) },
  HostConfig: { NetworkMode: 'bridge', RestartPolicy: { Name: '' } },
  NetworkSettings: { Networks: { bridge: {} } },
  ...extra,
});
const image = { Env: ['PATH=/bin'], Labels: { 'org.image': 'x' }, Volumes: { '/image-vol': {} } };
const file = (...sources: ComposeSource[]) => composeFromContainers(sources);

describe('Copy as compose', () => {
  it('leaves out what the container inherits from its image and what the engine derives', () => {
    const { yaml, untranslated } = file({ container: container(1), image });
    expect(yaml).toContain('version: "2.4"');
    expect(yaml).toContain('  c1:\n    image: "app:1"\n    network_mode: "bridge"');
    expect(yaml).not.toMatch(/PATH|org\.image|hostname/);
    expect(untranslated).toEqual([]);
  });

  it('keeps volumes: named as external, anonymous by path, image-declared ones left to the image', () => {
    const { yaml } = file({
      container: container(1, {
        Mounts: [
          { Type: 'volume', Name: 'data', Destination: '/data', RW: true },
          { Type: 'volume', Name: ID(9), Destination: '/cache', RW: true },
          { Type: 'volume', Name: ID(8), Destination: '/image-vol', RW: true },
          { Type: 'bind', Source: '/srv/conf', Destination: '/conf', RW: false },
        ],
      }),
      image,
    });
    expect(yaml).toContain('    volumes:\n    - "data:/data"\n    - "/cache"\n    - "/srv/conf:/conf:ro"');
    expect(yaml).toContain('volumes:\n  data:\n    external: true\n    name: "data"');
    expect(yaml).not.toContain('/image-vol');
  });

  it('names services after compose labels, refers to each other, and lists what compose cannot say', () => {
    const db = container(1, { Config: { Image: 'db', Labels: { 'com.docker.compose.service': 'db' } } });
    const app = container(2, {
      HostConfig: {
        NetworkMode: `container:${ID(1)}`,
        VolumesFrom: ['c1:ro'],
        AutoRemove: true,
        DeviceRequests: [{ Count: -1 }],
        PublishAllPorts: true,
      },
    });
    const { yaml, untranslated } = file({ container: db, image: null }, { container: app, image });
    expect(yaml).toContain('network_mode: "service:db"');
    expect(yaml).toContain('volumes_from:\n    - "db:ro"');
    expect(yaml).not.toContain('com.docker.compose');
    expect(untranslated).toEqual([
      'c2: removed when it stops (--rm)',
      'c2: every exposed port published to a random port (-P)',
      'c2: GPU / device requests (--gpus)',
    ]);
    expect(yaml).toContain('#   - c2: removed when it stops (--rm)');
  });

  it('keeps user networks with their aliases and static addresses, as external networks', () => {
    const { yaml } = file({
      container: container(1, {
        HostConfig: { NetworkMode: 'front' },
        NetworkSettings: {
          Networks: {
            front: { Aliases: [ID(1).slice(0, 12), 'api'], IPAMConfig: { IPv4Address: '10.5.0.9' } },
            back: { Aliases: null },
          },
        },
      }),
      image,
    });
    expect(yaml).toContain(
      '    networks:\n      front:\n        aliases:\n        - "api"\n        ipv4_address: "10.5.0.9"\n      back: {}',
    );
    expect(yaml).toContain('networks:\n  front:\n    external: true\n    name: "front"');
  });

  it('writes health checks, resources and limits as compose 2.4 keys', () => {
    const { yaml } = file({
      container: container(1, {
        Config: {
          Image: 'app',
          Healthcheck: { Test: ['CMD-SHELL', 'true'], Interval: 5e9, Timeout: 1.5e9, Retries: 2 },
          StopTimeout: 3,
        },
        HostConfig: {
          Memory: 64 * 2 ** 20,
          MemorySwap: 128 * 2 ** 20,
          NanoCpus: 5e8,
          Ulimits: [{ Name: 'nofile', Soft: 512, Hard: 1024 }],
          RestartPolicy: { Name: 'on-failure', MaximumRetryCount: 3 },
          PortBindings: {
            '80/tcp': [{ HostIp: '127.0.0.1', HostPort: '' }],
            '53/udp': [{ HostPort: '5353' }],
          },
        },
      }),
      image: null,
    });
    expect(yaml).toContain(
      'healthcheck:\n      test:\n      - "CMD-SHELL"\n      - "true"\n      interval: "5s"\n      timeout: "1500ms"\n      retries: 2',
    );
    expect(yaml).toContain('mem_limit: 67108864\n    memswap_limit: 134217728');
    expect(yaml).toContain('cpus: 0.5');
    expect(yaml).toContain('restart: "on-failure:3"');
    expect(yaml).toContain('stop_grace_period: "3s"');
    expect(yaml).toContain('- "127.0.0.1::80/tcp"\n    - "5353:53/udp"');
    expect(yaml).toContain('nofile:\n        soft: 512\n        hard: 1024');
  });

  it('cannot be steered by what a container put in its names and values', () => {
    const { yaml } = file({
      container: container(1, {
        Config: { Image: 'app', Env: ['X=1\nservices:\n  evil: {}'], Labels: { 'a: b': 'c' } },
      }),
      image: null,
    });
    expect(yaml).toContain('- "X=1\\nservices:\\n  evil: {}"');
    expect(yaml).toContain('"a: b": "c"');
  });

  it('formats durations as compose reads them', () => {
    expect([composeDuration(30e9), composeDuration(1.5e9), composeDuration(2500)]).toEqual([
      '30s',
      '1500ms',
      '3us',
    ]);
  });
});
