import { catalogue } from '../../i18n/index.js';

export const messages = catalogue('project-logs', {
  en: {
    back: '← Back to containers',
    project: 'Project {{name}}',
    region: 'Logs of project {{name}}',
    lost: 'Connection to Berth lost; reopening the logs when it returns.',
    noContainers: 'No containers in this project: start it (compose up) and their logs appear here.',
    following_one: 'Following {{count}} container',
    following_other: 'Following {{count}} containers',
    dropped_one: '{{n}} line dropped',
    dropped_other: '{{n}} lines dropped',
    separator: ' · ',
    streamEnded: '— The log stream ended. —',
    streamError: '— {{message}} —',
  },
  'zh-CN': {
    back: '← 返回容器列表',
    project: '项目 {{name}}',
    region: '项目 {{name}} 的日志',
    lost: '与 Berth 的连接已断开；恢复后将重新打开日志。',
    noContainers: '此项目中没有容器：启动项目（compose up）后，容器日志会显示在这里。',
    following_other: '正在跟踪 {{count}} 个容器',
    dropped_other: '已丢弃 {{n}} 行',
    separator: ' · ',
    streamEnded: '— 日志流已结束 —',
    streamError: '— {{message}} —',
  },
});
