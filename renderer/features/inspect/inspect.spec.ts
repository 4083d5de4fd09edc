import { describe, expect, it } from 'vitest';
import { MASK, maskEnvIn, parseEnv, shownValue } from './env.js';
import { summarize } from './inspect-summary.js';
import { expandablePaths, flattenTree, searchTree } from './json-tree.js';

const doc = {
  Id: 'abc',
  Name: '/web-1',
  Created: '2024-01-02T03:04:05.000Z',
  Path: 'sh',
  Args: ['-c', 'while :; do date; sleep 1; done'],
  Image: 'sha256:1234',
  State: {
    Status: 'running',
    ExitCode: 0,
    StartedAt: '2024-01-02T03:04:06.000Z',
    FinishedAt: '0001-01-01T00:00:00Z',
    Health: {
      Status: 'unhealthy',
      FailingStreak: 2,
      Log: [
        { Start: 'a', End: '2024-01-02T03:05:00Z', ExitCode: 0, Output: 'ok' },
        { Start: 'b', End: '2024-01-02T03:06:00Z', ExitCode: 1, Output: 'curl: (7) refused' },
      ],
    },
  },
  HostConfig: { RestartPolicy: { Name: 'on-failure', MaximumRetryCount: 3 } },
  Mounts: [
    {
      Type: 'volume',
      Name: 'data',
      Source: '/var/lib/docker/volumes/data/_data',
      Destination: '/data',
      RW: false,
    },
  ],
  Config: {
    Image: 'nginx:1.27',
    Env: ['PASSWORD=hunter2', 'EMPTY=', 'BARE', 'EQ=a=b'],
    Labels: { 'z.last': '1', 'a.first': '2' },
  },
  NetworkSettings: {
    Ports: { '80/tcp': [{ HostIp: '0.0.0.0', HostPort: '8080' }], '443/tcp': null, 'bad/xyz': [] },
    Networks: {
      bridge: { IPAddress: '172.17.0.2', GlobalIPv6Address: '', Gateway: '172.17.0.1', Aliases: null },
    },
  },
};

describe('env', () => {
  it('splits KEY=VALUE at the first =', () => {
    expect(parseEnv(['A=1', 'B', 'C=x=y', 42])).toEqual([
      { name: 'A', value: '1' },
      { name: 'B', value: '' },
      { name: 'C', value: 'x=y' },
    ]);
  });

  it('masks values until revealed, without giving away their length', () => {
    expect(shownValue('hunter2', false)).toBe(MASK);
    expect(shownValue('a-much-longer-secret-value', false)).toBe(MASK);
    expect(shownValue('hunter2', true)).toBe('hunter2');
    expect(shownValue('', false)).toBe('');
  });

  it('masks env values in the document the tree shows', () => {
    const masked = maskEnvIn(doc);
    expect((masked.Config as { Env: string[] }).Env).toEqual([
      `PASSWORD=${MASK}`,
      'EMPTY',
      'BARE',
      `EQ=${MASK}`,
    ]);
    expect(doc.Config.Env[0]).toBe('PASSWORD=hunter2');
    expect(maskEnvIn({ Id: 'x' })).toEqual({ Id: 'x' });
  });
});

describe('inspect summary', () => {
  it('reads what a person looks for first', () => {
    const s = summarize(doc);
    expect(s).toMatchObject({
      name: 'web-1',
      image: 'nginx:1.27',
      command: `sh -c 'while :; do date; sleep 1; done'`,
      state: 'running',
      finishedAt: '',
      restartPolicy: 'on-failure (max 3 retries)',
      ports: [{ ip: '0.0.0.0', hostPort: 8080, containerPort: 80, protocol: 'tcp' }],
      mounts: [{ type: 'volume', source: 'data', destination: '/data', readOnly: true }],
      networks: [{ name: 'bridge', ipv4: '172.17.0.2', gateway: '172.17.0.1', aliases: [] }],
      labels: [
        ['a.first', '2'],
        ['z.last', '1'],
      ],
      health: {
        status: 'unhealthy',
        failingStreak: 2,
        last: { at: '2024-01-02T03:06:00Z', exitCode: 1, output: 'curl: (7) refused' },
      },
    });
  });

  it('survives a document with nothing in it', () => {
    expect(summarize({})).toMatchObject({ name: '', ports: [], env: [], health: null, restartPolicy: 'no' });
  });
});

describe('json tree', () => {
  const root = { a: { b: [1, 'two', null] }, 'odd key': true, empty: {} };

  it('flattens only what is expanded', () => {
    expect(flattenTree(root, new Set()).map((r) => [r.path, r.text, r.expandable])).toEqual([
      ['$.a', '{1}', true],
      ['$["odd key"]', 'true', false],
      ['$.empty', '{0}', false],
    ]);
    const rows = flattenTree(root, new Set(['$.a', '$.a.b']));
    expect(rows.map((r) => `${'  '.repeat(r.depth)}${r.key}=${r.text}`)).toEqual([
      'a={1}',
      '  b=[3]',
      '    0=1',
      '    1="two"',
      '    2=null',
      'odd key=true',
      'empty={0}',
    ]);
    expect(rows[0]?.expanded).toBe(true);
  });

  it('finds keys and values, and the ancestors to open', () => {
    const found = searchTree(root, 'TWO');
    expect([...found.matches]).toEqual(['$.a.b[1]']);
    expect([...found.ancestors].sort()).toEqual(['$.a', '$.a.b']);
    expect(searchTree(root, '  ').matches.size).toBe(0);
    expect([...searchTree(root, 'odd').matches]).toEqual(['$["odd key"]']);
  });

  it('lists expandable paths for expand all', () => {
    expect([...expandablePaths(root)]).toEqual(['$.a', '$.a.b']);
  });
});
