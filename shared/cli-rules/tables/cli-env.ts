import type { RuleTable } from '../table.js';

export const cliEnv: RuleTable<string> = {
  source: {
    repo: 'docker/cli',
    commit: '28f756087eea5fa301f3fbf12b01ae62f91521c2',
    path: 'opts/env_test.go',
  },
  subject: '-e NAME=value; value: the NAME=value the CLI sends',
  cases: [
    {
      fn: 'ValidateEnv',
      line: 20,
      input: 'a',
      ok: true,
      value: 'a',
      differs:
        "`-e NAME` without a value copies NAME from the CLI's own environment, which a GUI does not have: Berth asks for a value.",
    },
    {
      fn: 'ValidateEnv',
      line: 24,
      input: 'something',
      ok: true,
      value: 'something',
      differs:
        "`-e NAME` without a value copies NAME from the CLI's own environment, which a GUI does not have: Berth asks for a value.",
    },
    { fn: 'ValidateEnv', line: 28, input: '_=a', ok: true, value: '_=a' },
    { fn: 'ValidateEnv', line: 32, input: 'env1=value1', ok: true, value: 'env1=value1' },
    { fn: 'ValidateEnv', line: 36, input: '_env1=value1', ok: true, value: '_env1=value1' },
    { fn: 'ValidateEnv', line: 40, input: 'env2=value2=value3', ok: true, value: 'env2=value2=value3' },
    { fn: 'ValidateEnv', line: 44, input: 'env3=abc!qwe', ok: true, value: 'env3=abc!qwe' },
    { fn: 'ValidateEnv', line: 48, input: 'env_4=value 4', ok: true, value: 'env_4=value 4' },
    {
      fn: 'ValidateEnv',
      line: 52,
      input: 'PATH',
      ok: true,
      differs:
        "`-e NAME` without a value copies NAME from the CLI's own environment, which a GUI does not have: Berth asks for a value.",
    },
    { fn: 'ValidateEnv', line: 56, input: '=a', ok: false },
    { fn: 'ValidateEnv', line: 60, input: 'PATH=', ok: true, value: 'PATH=' },
    { fn: 'ValidateEnv', line: 64, input: 'PATH=something', ok: true, value: 'PATH=something' },
    {
      fn: 'ValidateEnv',
      line: 68,
      input: 'asd!qwe',
      ok: true,
      value: 'asd!qwe',
      differs:
        "`-e NAME` without a value copies NAME from the CLI's own environment, which a GUI does not have: Berth asks for a value.",
    },
    {
      fn: 'ValidateEnv',
      line: 72,
      input: '1asd',
      ok: true,
      value: '1asd',
      differs:
        "`-e NAME` without a value copies NAME from the CLI's own environment, which a GUI does not have: Berth asks for a value.",
    },
    {
      fn: 'ValidateEnv',
      line: 76,
      input: '123',
      ok: true,
      value: '123',
      differs:
        "`-e NAME` without a value copies NAME from the CLI's own environment, which a GUI does not have: Berth asks for a value.",
    },
    {
      fn: 'ValidateEnv',
      line: 80,
      input: 'some space',
      ok: true,
      value: 'some space',
      differs:
        "`-e NAME` without a value copies NAME from the CLI's own environment, which a GUI does not have: Berth asks for a value.",
    },
    {
      fn: 'ValidateEnv',
      line: 84,
      input: '  some space before',
      ok: true,
      value: '  some space before',
      differs:
        "`-e NAME` without a value copies NAME from the CLI's own environment, which a GUI does not have: Berth asks for a value.",
    },
    {
      fn: 'ValidateEnv',
      line: 88,
      input: 'some space after  ',
      ok: true,
      value: 'some space after  ',
      differs:
        "`-e NAME` without a value copies NAME from the CLI's own environment, which a GUI does not have: Berth asks for a value.",
    },
    { fn: 'ValidateEnv', line: 92, input: '=', ok: false },
  ],
};
