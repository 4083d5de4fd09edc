import { catalogue } from '../../i18n/index.js';

/** Words of the list's sorting and favourites (issue 19); the rest of the list has its own. */
export const listMessages = catalogue('containerLists', {
  en: {
    sortBy: 'Sort by {{column}}',
    column_name: 'Name',
    column_state: 'State',
    column_image: 'Image',
    column_created: 'Created',
    column_cpu: 'CPU',
    column_memory: 'Memory',
    favourite: 'Favourite {{name}}',
    saveFailed: 'Could not remember this: {{message}}',
  },
  'zh-CN': {
    sortBy: '按{{column}}排序',
    column_name: '名称',
    column_state: '状态',
    column_image: '镜像',
    column_created: '创建时间',
    column_cpu: 'CPU',
    column_memory: '内存',
    favourite: '收藏 {{name}}',
    saveFailed: '无法保存此设置：{{message}}',
  },
});
