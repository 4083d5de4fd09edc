import { catalogue } from '../../i18n/index.js';

export const messages = catalogue('processes', {
  en: {
    notRunning: 'The container is not running: no processes.',
    caption_one: '{{count}} process, refreshed every 2 seconds',
    caption_other: '{{count}} processes, refreshed every 2 seconds',
    loading: 'Loading processes…',
  },
  'zh-CN': {
    notRunning: '容器未在运行：没有进程。',
    caption_other: '{{count}} 个进程，每 2 秒刷新一次',
    loading: '正在加载进程…',
  },
});
