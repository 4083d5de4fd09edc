import { catalogue } from '../../i18n/index.js';

/** The containers list's engine pieces (the Engine column; the filter is the engine feature's); the rest of the list has its own words. */
export const containersEngineMessages = catalogue('containers-engine', {
  en: {
    lastKnown: 'last known',
  },
  'zh-CN': {
    lastKnown: '最后已知状态',
  },
});
