import { catalogue } from '../../i18n/index.js';

export const messages = catalogue('registry', {
  en: {
    title: 'Log in to a registry',
    registry: 'Registry',
    registryExample: 'docker.io',
    username: 'User name',
    password: 'Password',
    logout: 'Log out',
    cancel: 'Cancel',
    login: 'Log in',
    missing: 'Enter a user name and a password.',
    loggedIn: 'Logged in to {{registry}}',
    storedIn: 'Credentials stored in {{place}}.',
    loggedOut: 'Logged out of {{registry}}',
    noCredentials: 'There were no credentials for {{registry}}',
  },
  'zh-CN': {
    title: '登录镜像仓库',
    registry: '镜像仓库',
    registryExample: 'docker.io',
    username: '用户名',
    password: '密码',
    logout: '退出登录',
    cancel: '取消',
    login: '登录',
    missing: '请输入用户名和密码。',
    loggedIn: '已登录 {{registry}}',
    storedIn: '凭据已保存到 {{place}}。',
    loggedOut: '已退出 {{registry}}',
    noCredentials: '{{registry}} 没有保存的凭据',
  },
});
