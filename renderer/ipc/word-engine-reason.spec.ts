import { afterEach, describe, expect, it } from 'vitest';
import type { EndpointInfo } from '../../shared/contract/engine.js';
import { worded } from '../../shared/contract/error-texts.js';
import { setLanguage } from '../i18n/index.js';
import { wordEndpoint, wordEngineReason, wordError } from './word-error.js';

const endpoint: EndpointInfo = {
  url: 'unix:///var/run/docker.sock',
  source: 'currentContext',
  context: 'colima',
};

/** A status as the core makes it: the English reason and, beside it, its key. */
const status = (reason: ReturnType<typeof worded>, at: EndpointInfo | null = endpoint) => ({
  endpoint: at,
  reason: reason.message,
  reasonText: reason.text,
});

describe('engine reasons worded by the renderer', () => {
  afterEach(async () => {
    await setLanguage('en');
  });

  it('says the same English as the core, endpoint included', () => {
    const where = worded('endpointCurrentContext', { url: endpoint.url, context: 'colima' }).message;
    expect(wordEndpoint(endpoint)).toBe(where);
    const down = worded('engineNotReachableECONNREFUSED', { where });
    expect(down.message).toBe(
      'Engine not reachable at unix:///var/run/docker.sock (from context "colima", the current context in the docker config): connection refused.',
    );
    expect(wordEngineReason(status(down))).toBe(down.message);
  });

  it('words the reason and its endpoint in Chinese', async () => {
    const where = worded('endpointDockerHost', { url: 'tcp://10.0.0.5:2375' }).message;
    const frozen = status(worded('engineNotRespondingAt', { where, seconds: '2' }), {
      url: 'tcp://10.0.0.5:2375',
      source: 'DOCKER_HOST',
    });
    await setLanguage('zh-CN');
    expect(wordEngineReason(frozen)).toBe(
      '位于 tcp://10.0.0.5:2375（来自 DOCKER_HOST） 的引擎没有响应（2 秒内没有应答 ping）。',
    );
    expect(wordEngineReason(status(worded('engineLostAt', { where: 'The engine' }), null))).toBe(
      '与位于 引擎 的引擎的连接已断开。',
    );
  });

  it('keeps a reason without a key (an endpoint error) as the core said it', async () => {
    await setLanguage('zh-CN');
    expect(wordEngineReason({ endpoint: null, reason: 'DOCKER_HOST is not a URL' })).toBe(
      'DOCKER_HOST is not a URL',
    );
  });

  it('words what an engine cannot do', async () => {
    const lacks = worded('volumePruneAllNeedsApi', {
      min: '1.42',
      engine: 'Docker Engine 20.10',
      api: '1.41',
    });
    expect(wordError(lacks.text, lacks.message)).toBe(
      'Pruning named volumes with "all" needs Docker API 1.42; Docker Engine 20.10 speaks 1.41',
    );
    await setLanguage('zh-CN');
    expect(wordError(lacks.text, lacks.message)).toBe(
      '用“all”清理具名数据卷需要 Docker API 1.42；Docker Engine 20.10 使用的是 1.41',
    );
  });
});
