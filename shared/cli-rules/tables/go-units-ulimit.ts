import type { RuleTable } from '../table.js';

export const goUnitsUlimit: RuleTable<{
  readonly Name: string;
  readonly Soft: number;
  readonly Hard: number;
}> = {
  source: {
    repo: 'docker/go-units',
    commit: '2bd057e7d15e38a5d66bd084ffe3619027c7b8b6',
    path: 'ulimit_test.go',
  },
  subject: '--ulimit values; value: the Ulimit the CLI sends to the engine',
  cases: [
    {
      fn: 'ExampleParseUlimit',
      line: 11,
      input: 'nofile=512:1024',
      ok: true,
      value: {
        Name: 'nofile',
        Soft: 512,
        Hard: 1024,
      },
    },
    {
      fn: 'ExampleParseUlimit',
      line: 12,
      input: 'nofile=1024',
      ok: true,
      value: {
        Name: 'nofile',
        Soft: 1024,
        Hard: 1024,
      },
    },
    {
      fn: 'ExampleParseUlimit',
      line: 13,
      input: 'cpu=2:4',
      ok: true,
      value: {
        Name: 'cpu',
        Soft: 2,
        Hard: 4,
      },
    },
    {
      fn: 'ExampleParseUlimit',
      line: 14,
      input: 'cpu=6',
      ok: true,
      value: {
        Name: 'cpu',
        Soft: 6,
        Hard: 6,
      },
    },
    {
      fn: 'TestParseUlimitValid',
      line: 25,
      input: 'nofile=512:1024',
      ok: true,
      value: {
        Name: 'nofile',
        Soft: 512,
        Hard: 1024,
      },
    },
    {
      fn: 'TestParseUlimitInvalidLimitType',
      line: 31,
      input: 'notarealtype=1024:1024',
      ok: false,
    },
    {
      fn: 'TestParseUlimitBadFormat',
      line: 37,
      input: 'nofile:1024:1024',
      ok: false,
    },
    {
      fn: 'TestParseUlimitBadFormat',
      line: 41,
      input: 'nofile',
      ok: false,
    },
    {
      fn: 'TestParseUlimitBadFormat',
      line: 45,
      input: 'nofile=',
      ok: false,
    },
    {
      fn: 'TestParseUlimitBadFormat',
      line: 48,
      input: 'nofile=:',
      ok: false,
    },
    {
      fn: 'TestParseUlimitBadFormat',
      line: 51,
      input: 'nofile=:1024',
      ok: false,
    },
    {
      fn: 'TestParseUlimitBadFormat',
      line: 54,
      input: 'nofile=1024=512',
      ok: false,
    },
    {
      fn: 'TestParseUlimitBadFormat',
      line: 57,
      input: 'nofile=1024:512=extra',
      ok: false,
    },
    {
      fn: 'TestParseUlimitHardLessThanSoft',
      line: 63,
      input: 'nofile=1024:1',
      ok: false,
    },
    {
      fn: 'TestParseUlimitHardLessThanSoft',
      line: 66,
      input: 'nofile=-1:1024',
      ok: false,
    },
    {
      fn: 'TestParseUlimitUnlimited',
      line: 77,
      input: 'nofile=-1',
      ok: true,
      value: {
        Name: 'nofile',
        Soft: -1,
        Hard: -1,
      },
    },
    {
      fn: 'TestParseUlimitUnlimited',
      line: 81,
      input: 'nofile=1024',
      ok: true,
      value: {
        Name: 'nofile',
        Soft: 1024,
        Hard: 1024,
      },
    },
    {
      fn: 'TestParseUlimitUnlimited',
      line: 85,
      input: 'nofile=1024:-1',
      ok: true,
      value: {
        Name: 'nofile',
        Soft: 1024,
        Hard: -1,
      },
    },
    {
      fn: 'TestParseUlimitUnlimited',
      line: 89,
      input: 'nofile=-1:-1',
      ok: true,
      value: {
        Name: 'nofile',
        Soft: -1,
        Hard: -1,
      },
    },
    {
      fn: 'TestParseUlimitInvalidValueType',
      line: 115,
      input: 'nofile=asdf',
      ok: false,
    },
    {
      fn: 'TestParseUlimitInvalidValueType',
      line: 121,
      input: 'nofile=1024:asdf',
      ok: false,
    },
    {
      fn: 'TestParseUlimitTooManyValueArgs',
      line: 129,
      input: 'nofile=1024:1:50',
      ok: false,
    },
  ],
};
