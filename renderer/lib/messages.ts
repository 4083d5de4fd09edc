import { catalogue } from '../i18n/index.js';

/** Words of the cross-feature formatters. */
export const libMessages = catalogue('lib', {
  en: { justNow: 'just now' },
  'zh-CN': { justNow: '刚刚' },
});
