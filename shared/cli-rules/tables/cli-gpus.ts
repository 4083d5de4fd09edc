import type { RuleTable } from '../table.js';

export const cliGpus: RuleTable<{
  readonly Driver: string;
  readonly Count: number;
  readonly Capabilities: readonly (readonly string[])[];
  readonly Options: Readonly<Record<string, string>>;
}> = {
  source: {
    repo: 'docker/cli',
    commit: '28f756087eea5fa301f3fbf12b01ae62f91521c2',
    path: 'opts/gpus_test.go',
  },
  subject: '--gpus values; value: the DeviceRequest the CLI sends (Driver, Count, Capabilities, Options)',
  cases: [
    {
      fn: 'TestGpusOptAll',
      line: 13,
      input: 'all',
      ok: true,
      value: {
        Driver: '',
        Count: -1,
        Capabilities: [['gpu']],
        Options: {},
      },
    },
    {
      fn: 'TestGpusOptAll',
      line: 14,
      input: '-1',
      ok: true,
      value: {
        Driver: '',
        Count: -1,
        Capabilities: [['gpu']],
        Options: {},
      },
    },
    {
      fn: 'TestGpusOptAll',
      line: 15,
      input: 'count=all',
      ok: true,
      value: {
        Driver: '',
        Count: -1,
        Capabilities: [['gpu']],
        Options: {},
      },
    },
    {
      fn: 'TestGpusOptAll',
      line: 16,
      input: 'count=-1',
      ok: true,
      value: {
        Driver: '',
        Count: -1,
        Capabilities: [['gpu']],
        Options: {},
      },
    },
    {
      fn: 'TestGpusOptInvalidCount',
      line: 32,
      input: 'count=invalid-integer',
      ok: false,
    },
    {
      fn: 'TestGpusOpts',
      line: 38,
      input: 'driver=nvidia,"capabilities=compute,utility","options=foo=bar,baz=qux"',
      ok: true,
      value: {
        Driver: 'nvidia',
        Count: 1,
        Capabilities: [['compute', 'utility', 'gpu']],
        Options: {
          foo: 'bar',
          baz: 'qux',
        },
      },
    },
    {
      fn: 'TestGpusOpts',
      line: 39,
      input: '1,driver=nvidia,"capabilities=compute,utility","options=foo=bar,baz=qux"',
      ok: true,
      value: {
        Driver: 'nvidia',
        Count: 1,
        Capabilities: [['compute', 'utility', 'gpu']],
        Options: {
          foo: 'bar',
          baz: 'qux',
        },
      },
    },
    {
      fn: 'TestGpusOpts',
      line: 40,
      input: 'count=1,driver=nvidia,"capabilities=compute,utility","options=foo=bar,baz=qux"',
      ok: true,
      value: {
        Driver: 'nvidia',
        Count: 1,
        Capabilities: [['compute', 'utility', 'gpu']],
        Options: {
          foo: 'bar',
          baz: 'qux',
        },
      },
    },
    {
      fn: 'TestGpusOpts',
      line: 41,
      input: 'driver=nvidia,"capabilities=compute,utility","options=foo=bar,baz=qux",count=1',
      ok: true,
      value: {
        Driver: 'nvidia',
        Count: 1,
        Capabilities: [['compute', 'utility', 'gpu']],
        Options: {
          foo: 'bar',
          baz: 'qux',
        },
      },
    },
  ],
};
