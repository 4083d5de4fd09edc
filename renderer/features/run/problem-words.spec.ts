import { afterAll, describe, expect, it } from 'vitest';
import { portInUseMessage } from '../../../shared/run/dialog-helpers.js';
import { emptyForm, emptyMountRow, emptyPortRow, type RunForm } from '../../../shared/run/run-form.js';
import { validateForm } from '../../../shared/run/validate-form.js';
import { setLanguage } from '../../i18n/index.js';
import { wordProblem } from './problem-words.js';

const port = (row: Partial<ReturnType<typeof emptyPortRow>>) => ({ ...emptyPortRow(), ...row });
const mount = (row: Partial<ReturnType<typeof emptyMountRow>>) => ({ ...emptyMountRow(), ...row });

/** Forms that break the rules the dialog words, each rule at least once. */
const broken: readonly Partial<RunForm>[] = [
  { image: '', name: 'x' },
  { image: 'Not A Reference', name: 'n'.repeat(300) },
  { image: 'busybox', ports: [port({ containerPort: 'eighty' }), port({ containerPort: '70000' })] },
  {
    image: 'busybox',
    ports: [port({ hostPort: '0', containerPort: '80' }), port({ containerPort: '90-80' })],
  },
  { image: 'busybox', ports: [port({ hostIp: 'nowhere', containerPort: '80' })] },
  {
    image: 'busybox',
    ports: [port({ hostPort: '8080', containerPort: '80' }), port({ hostPort: '8080', containerPort: '81' })],
  },
  { image: 'busybox', network: 'host', ports: [port({ containerPort: '80' })], hostname: 'web' },
  {
    image: 'busybox',
    env: [
      { key: 'A', value: '1' },
      { key: 'A', value: '2' },
    ],
  },
  {
    image: 'busybox',
    mounts: [
      mount({ kind: 'bind', source: '' }),
      mount({ kind: 'bind', source: 'relative', target: 'relative' }),
      mount({ kind: 'volume', source: 'x', target: '/' }),
      mount({ target: '' }),
      mount({ target: '/data' }),
      mount({ target: '/data' }),
    ],
  },
  { image: 'busybox', workingDir: 'app', user: 'a b', network: 'bad name!', memory: 'lots', cpus: 'many' },
  { image: 'busybox', restart: 'on-failure', restartMaxRetries: '-1', memory: '1k', cpus: '0.001' },
  { image: 'busybox', restart: 'always', autoRemove: true, restartMaxRetries: '2', cpus: '2000' },
  { image: 'busybox', capAdd: 'not-a-cap', hostname: '-bad-', command: "'open" },
  { image: 'busybox', command: '"open', entrypoint: 'x\\' },
];

const messages = (): string[] => [
  ...broken.flatMap((patch) => Object.values(validateForm({ ...emptyForm(), ...patch }))),
  ...[
    { hostPort: 8080, protocol: 'tcp' as const, inUseBy: { kind: 'host' as const } },
    { hostPort: 8080, protocol: 'udp' as const, inUseBy: { kind: 'container' as const, name: 'web' } },
  ].flatMap((check) => portInUseMessage(check) ?? []),
];

describe('wordProblem', () => {
  afterAll(async () => {
    await setLanguage('en');
  });

  it('gives back every English rule exactly as shared/run words it', async () => {
    await setLanguage('en');
    const english = messages();
    expect(english.length).toBeGreaterThan(30);
    for (const message of english) expect(wordProblem(message)).toBe(message);
  });

  it('words those rules in Chinese (only the values the user typed and the engine’s words stay as they were)', async () => {
    const english = messages();
    await setLanguage('zh-CN');
    const untranslated = english.filter((message) => {
      const worded = wordProblem(message);
      return worded === message || !/[\u4e00-\u9fff]/.test(worded);
    });
    expect(untranslated).toEqual([]);
    expect(wordProblem('Choose an image.')).toBe('请选择一个镜像。');
  });

  it('leaves a message it does not know in English rather than guessing', async () => {
    await setLanguage('zh-CN');
    expect(wordProblem('Something new the rules say.')).toBe('Something new the rules say.');
  });
});
