import { afterAll, describe, expect, it } from 'vitest';
import {
  emptyServiceForm,
  serviceFormProblems,
  type ServiceForm,
} from '../../../shared/swarm/service-form.js';
import { setLanguage } from '../../i18n/index.js';
import { wordServiceProblem } from './service-problem-words.js';

/** A form that breaks every rule of serviceFormProblems the dialog words. */
const broken: ServiceForm = {
  ...emptyServiceForm(),
  name: 'web',
  image: '',
  mode: 'replicated',
  replicas: 2,
  env: ['NOEQUALS'],
  mounts: [
    { type: 'bind', source: 'relative', target: 'relative', readOnly: false },
    { type: 'tmpfs', source: 'x', target: '', readOnly: false },
  ],
  constraints: ['whatever'],
  ports: [
    { target: 80, published: 8080, protocol: 'tcp', mode: 'host' },
    { target: 81, published: 8080, protocol: 'tcp', mode: 'host' },
  ],
  secrets: [
    { name: 's', target: '../x' },
    { name: 's', target: '' },
  ],
  configs: [
    { name: 'c', target: 'relative' },
    { name: 'c', target: '' },
  ],
};

describe('wordServiceProblem', () => {
  afterAll(async () => {
    await setLanguage('en');
  });

  it('gives back every English rule exactly as shared/swarm words it', async () => {
    await setLanguage('en');
    const english = Object.values(serviceFormProblems(broken));
    expect(english.length).toBeGreaterThanOrEqual(12);
    for (const message of english) expect(wordServiceProblem(message)).toBe(message);
  });

  it('words every one of them in Chinese', async () => {
    const english = Object.values(serviceFormProblems(broken));
    await setLanguage('zh-CN');
    expect(english.filter((m) => !/[\u4e00-\u9fff]/.test(wordServiceProblem(m)))).toEqual([]);
  });
});
