import { afterAll, describe, expect, it } from 'vitest';
import { staticIpProblem, validateNetworkSpec } from '../../../shared/networks/network-validation.js';
import { setLanguage } from '../../i18n/index.js';
import { EMPTY_NETWORK_FORM, formToRequest, type NetworkForm } from './network-form.js';
import { wordNetworkProblem } from './problem-words.js';

/** Forms that break the rules the dialogs word, each rule at least once. */
const broken: readonly Partial<NetworkForm>[] = [
  { name: '' },
  { name: '-bad', gateway: '10.0.0.1' },
  { name: 'a', subnet: '10.1.0.0', labels: '=x\na b=1', options: 'k=1\nk=2' },
  { name: 'a', subnet: 'nope/24', ipv6: true, labels: 'a b=1' },
  { name: 'a', subnet: '10.1.0.0/99' },
  { name: 'a', subnet: 'fd00::/64' },
  { name: 'a', subnet: '10.1.0.1/24', ipRange: '10.1.0.129/25', gateway: 'x' },
  { name: 'a', subnet: '10.1.0.0/31' },
  { name: 'a', subnet: '10.1.0.0/24', ipRange: '10.2.0.0/25', gateway: '10.1.0.0' },
  { name: 'a', subnet: '10.1.0.0/24', gateway: '10.1.0.255' },
  { name: 'a', subnet: '10.1.0.0/24', gateway: '10.9.0.1' },
  { name: 'a', subnet: '10.1.0.0/24', gateway: 'fd00::1' },
  { name: 'a', labels: Array.from({ length: 300 }, (_, i) => `k${i}=v`).join('\n') },
];

const messages = (): string[] => [
  ...broken.flatMap((patch) => {
    const result = formToRequest({ ...EMPTY_NETWORK_FORM, ...patch }, []);
    return result.ok ? [] : Object.values(result.errors);
  }),
  ...validateNetworkSpec(
    {
      name: 'taken',
      driver: 'bridge',
      ipv4: { subnet: '10.5.0.0/24' },
      internal: false,
      attachable: false,
      labels: {},
      options: {},
    },
    [{ name: 'taken', subnets: ['10.5.0.0/16'] }],
  ).map((issue) => issue.message),
  ...['nope', 'fd00::1', '10.1.0.0', '10.1.0.255', '10.9.0.1'].flatMap(
    (ip) => staticIpProblem(ip, ['10.1.0.0/24'], 4) ?? [],
  ),
  staticIpProblem('fd00::1', ['10.1.0.0/24'], 6) ?? '',
  staticIpProblem('10.1.0.9', [], 4) ?? '',
];

describe('wordNetworkProblem', () => {
  afterAll(async () => {
    await setLanguage('en');
  });

  it('gives back every English rule exactly as shared/networks words it', async () => {
    await setLanguage('en');
    const english = messages();
    expect(english.length).toBeGreaterThan(25);
    for (const message of english) expect(wordNetworkProblem(message)).toBe(message);
  });

  it('words those rules in Chinese', async () => {
    const english = messages();
    await setLanguage('zh-CN');
    const untranslated = english.filter((message) => {
      const worded = wordNetworkProblem(message);
      return worded === message || !/[\u4e00-\u9fff]/.test(worded);
    });
    expect(untranslated).toEqual([]);
    expect(wordNetworkProblem('A name is required.')).toBe('名称为必填项。');
  });
});
