import { catalogue } from '../i18n/index.js';

/** Words of the UI kit's own controls. `what` is a plural noun the caller words ("containers"). */
export const uiMessages = catalogue('ui', {
  en: {
    noMatches: 'No {{what}} match the filter and search.',
    showAll: 'Show all {{what}}',
    close: 'Close',
    cancel: 'Cancel',
    browse: 'Browse…',
    browseFor: 'Browse for {{what}}',
    hiddenChar: 'Hidden character: {{name}}',
    panelLoadFailed: 'Could not load {{what}}: {{reason}}',
    tryAgain: 'Try again',
  },
  'zh-CN': {
    noMatches: '没有符合筛选和搜索条件的{{what}}。',
    showAll: '显示全部{{what}}',
    close: '关闭',
    cancel: '取消',
    browse: '浏览…',
    browseFor: '浏览以选择{{what}}',
    hiddenChar: '隐藏字符：{{name}}',
    panelLoadFailed: '无法加载{{what}}：{{reason}}',
    tryAgain: '重试',
  },
});
