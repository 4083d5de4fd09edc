import { catalogue } from '../../i18n/index.js';

export const messages = catalogue('notifications', {
  en: {
    region: 'Notifications',
    dismiss: 'Dismiss',
    more_one: '…and {{count}} more',
    more_other: '…and {{count}} more',
  },
  'zh-CN': {
    region: '通知',
    dismiss: '关闭',
    more_other: '……还有 {{count}} 条',
  },
});
