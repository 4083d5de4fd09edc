import type { RuleTable } from '../table.js';

export const cliDevice: RuleTable<{
  readonly PathOnHost: string;
  readonly PathInContainer: string;
  readonly CgroupPermissions: string;
}> = {
  source: {
    repo: 'docker/cli',
    commit: '28f756087eea5fa301f3fbf12b01ae62f91521c2',
    path: 'cli/command/container/opts_test.go',
  },
  subject: '--device values (Linux); value: the DeviceMapping the CLI sends, where the case states it',
  cases: [
    {
      fn: 'TestParseDevice',
      line: 497,
      input: '/dev/snd',
      ok: true,
      value: {
        PathOnHost: '/dev/snd',
        PathInContainer: '/dev/snd',
        CgroupPermissions: 'rwm',
      },
    },
    {
      fn: 'TestParseDevice',
      line: 505,
      input: '/dev/snd:rw',
      ok: true,
      value: {
        PathOnHost: '/dev/snd',
        PathInContainer: '/dev/snd',
        CgroupPermissions: 'rw',
      },
    },
    {
      fn: 'TestParseDevice',
      line: 513,
      input: '/dev/snd:/something',
      ok: true,
      value: {
        PathOnHost: '/dev/snd',
        PathInContainer: '/something',
        CgroupPermissions: 'rwm',
      },
    },
    {
      fn: 'TestParseDevice',
      line: 521,
      input: '/dev/snd:/something:rw',
      ok: true,
      value: {
        PathOnHost: '/dev/snd',
        PathInContainer: '/something',
        CgroupPermissions: 'rw',
      },
    },
    {
      fn: 'TestValidateDevice',
      line: 1030,
      input: '/home',
      ok: true,
    },
    {
      fn: 'TestValidateDevice',
      line: 1031,
      input: '/home:/home',
      ok: true,
    },
    {
      fn: 'TestValidateDevice',
      line: 1032,
      input: '/home:/something/else',
      ok: true,
    },
    {
      fn: 'TestValidateDevice',
      line: 1033,
      input: '/with space',
      ok: true,
    },
    {
      fn: 'TestValidateDevice',
      line: 1034,
      input: '/home:/with space',
      ok: true,
    },
    {
      fn: 'TestValidateDevice',
      line: 1035,
      input: 'relative:/absolute-path',
      ok: true,
    },
    {
      fn: 'TestValidateDevice',
      line: 1036,
      input: 'hostPath:/containerPath:r',
      ok: true,
    },
    {
      fn: 'TestValidateDevice',
      line: 1037,
      input: '/hostPath:/containerPath:rw',
      ok: true,
    },
    {
      fn: 'TestValidateDevice',
      line: 1038,
      input: '/hostPath:/containerPath:mrw',
      ok: true,
    },
    {
      fn: 'TestValidateDevice',
      line: 1041,
      input: '',
      ok: false,
    },
    {
      fn: 'TestValidateDevice',
      line: 1042,
      input: './',
      ok: false,
    },
    {
      fn: 'TestValidateDevice',
      line: 1043,
      input: '../',
      ok: false,
    },
    {
      fn: 'TestValidateDevice',
      line: 1044,
      input: '/:../',
      ok: false,
    },
    {
      fn: 'TestValidateDevice',
      line: 1045,
      input: '/:path',
      ok: false,
    },
    {
      fn: 'TestValidateDevice',
      line: 1046,
      input: ':',
      ok: false,
    },
    {
      fn: 'TestValidateDevice',
      line: 1047,
      input: '/tmp:',
      ok: false,
    },
    {
      fn: 'TestValidateDevice',
      line: 1048,
      input: ':test',
      ok: false,
    },
    {
      fn: 'TestValidateDevice',
      line: 1049,
      input: ':/test',
      ok: false,
    },
    {
      fn: 'TestValidateDevice',
      line: 1050,
      input: 'tmp:',
      ok: false,
    },
    {
      fn: 'TestValidateDevice',
      line: 1051,
      input: ':test:',
      ok: false,
    },
    {
      fn: 'TestValidateDevice',
      line: 1052,
      input: '::',
      ok: false,
    },
    {
      fn: 'TestValidateDevice',
      line: 1053,
      input: ':::',
      ok: false,
    },
    {
      fn: 'TestValidateDevice',
      line: 1054,
      input: '/tmp:::',
      ok: false,
    },
    {
      fn: 'TestValidateDevice',
      line: 1055,
      input: ':/tmp::',
      ok: false,
    },
    {
      fn: 'TestValidateDevice',
      line: 1056,
      input: 'path:ro',
      ok: false,
    },
    {
      fn: 'TestValidateDevice',
      line: 1057,
      input: 'path:rr',
      ok: false,
    },
    {
      fn: 'TestValidateDevice',
      line: 1058,
      input: 'a:/b:ro',
      ok: false,
    },
    {
      fn: 'TestValidateDevice',
      line: 1059,
      input: 'a:/b:rr',
      ok: false,
    },
  ],
};
