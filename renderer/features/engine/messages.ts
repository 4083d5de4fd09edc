import { catalogue } from '../../i18n/index.js';

/** How an endpoint's origin and the retry countdown are said. */
export const messages = catalogue('engine', {
  en: {
    fromDockerHost: 'the DOCKER_HOST environment variable',
    fromDockerContext: 'docker context "{{name}}", named by DOCKER_CONTEXT',
    fromCurrentContext: 'docker context "{{name}}", the current context in ~/.docker/config.json',
    fromDefault: 'the default endpoint for this platform',
    tryingNow: 'Trying again now…',
    nextAttempt: 'Next attempt in {{seconds}} s.',
    retryFailed: 'Could not retry the engine connection',
    engine: 'Engine',
    allEngines: 'All engines',
    lastKnown: 'last known',
    onEngine: '{{name}} on {{engine}}',
  },
  'zh-CN': {
    fromDockerHost: 'DOCKER_HOST 环境变量',
    fromDockerContext: 'DOCKER_CONTEXT 指定的 docker 上下文“{{name}}”',
    fromCurrentContext: '~/.docker/config.json 中的当前 docker 上下文“{{name}}”',
    fromDefault: '本平台的默认端点',
    tryingNow: '正在重试…',
    nextAttempt: '{{seconds}} 秒后再次尝试。',
    retryFailed: '无法重试引擎连接',
    engine: '引擎',
    allEngines: '全部引擎',
    lastKnown: '最后已知状态',
    onEngine: '{{engine}} 上的 {{name}}',
  },
});
