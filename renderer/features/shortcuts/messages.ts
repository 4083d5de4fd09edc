import { catalogue } from '../../i18n/index.js';

const en = {
  title: 'Keyboard shortcuts',
  close: 'Close',
  keys: 'Keys',
  action: 'Action',
  palette: 'Command palette: jump to anything, run any action',
  help: 'This list of shortcuts',
  search: 'Search in the current view',
  newContainer: 'New container',
  goContainers: 'Go to Containers',
  goImages: 'Go to Images',
  goVolumes: 'Go to Volumes',
  goNetworks: 'Go to Networks',
  goProjects: 'Go to Projects',
  goSettings: 'Go to Settings',
  listMove: 'In a list: move between rows',
  listSelect: 'In a list: select the row',
  listOpen: 'In a list: open the container or fold the project',
  back: 'Close a dialog; in a container’s detail, back to the list',
  paletteHint: 'Ctrl+K (⌘K on macOS) opens the command palette.',
};

export type ShortcutKey = keyof typeof en;

export const messages = catalogue('shortcuts', {
  en,
  'zh-CN': {
    title: '键盘快捷键',
    close: '关闭',
    keys: '按键',
    action: '操作',
    palette: '命令面板：跳转到任何对象，执行任何操作',
    help: '显示此快捷键列表',
    search: '在当前视图中搜索',
    newContainer: '新建容器',
    goContainers: '前往容器',
    goImages: '前往镜像',
    goVolumes: '前往数据卷',
    goNetworks: '前往网络',
    goProjects: '前往项目',
    goSettings: '前往设置',
    listMove: '列表中：在行之间移动',
    listSelect: '列表中：选中该行',
    listOpen: '列表中：打开容器或折叠项目',
    back: '关闭对话框；在容器详情中返回列表',
    paletteHint: 'Ctrl+K（macOS 上为 ⌘K）打开命令面板。',
  },
});
