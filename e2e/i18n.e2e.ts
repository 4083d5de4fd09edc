import { expect, test, type Page } from '@playwright/test';
import { runTestContainer } from '../electron/core/testing/docker-cli.js';
import { berthWithOwnConfig } from './support/own-config.js';

const berth = berthWithOwnConfig('e2e-i18n');

// The browser says it reads Simplified Chinese; the language setting starts at "follow the system".
test.use({ locale: 'zh-CN' });

const nav = (page: Page) => page.getByRole('navigation', { name: '主导航' });

/**
 * The server is shared within this file and the first test leaves English chosen in its settings:
 * follow the (zh-CN) browser again, whichever language the settings page is in now.
 */
const followBrowserLanguage = async (page: Page): Promise<void> => {
  await page
    .getByRole('navigation', { name: /^(Main|主导航)$/ })
    .getByRole('link', { name: /^(Settings|设置)$/ })
    .click();
  await page.getByLabel(/^(Language|语言)$/).selectOption('system');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
};

test('a zh-CN browser reads Berth in Chinese, and English chosen in settings applies without reload', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto(berth().web.url);

  // The sidebar and a converted view.
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(nav(page).getByRole('link', { name: '容器' })).toBeVisible();
  await nav(page).getByRole('link', { name: '数据卷' }).click();
  await expect(page.getByRole('heading', { name: '数据卷', level: 1 })).toBeVisible();

  // A relative time: the shared engine always holds berth-test/busybox, whose age the images list shows.
  await nav(page).getByRole('link', { name: '镜像' }).click();
  await expect(
    page
      .getByRole('cell')
      .filter({ hasText: /^(\d+\s*(年|个月|周|天|小时|分钟)前|刚刚)$/ })
      .first(),
  ).toBeVisible({ timeout: 15_000 });

  // A validation message: the login dialog refuses a missing user name and password, in Chinese.
  await page.getByRole('button', { name: '登录镜像仓库…' }).click();
  const dialog = page.getByRole('dialog', { name: '登录镜像仓库' });
  await dialog.getByLabel('镜像仓库').fill('registry.invalid:5000');
  await dialog.getByRole('button', { name: '登录', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText('请输入用户名和密码。');
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();

  // An engine-side error: the backend sends its key beside the English, and the page words it in Chinese.
  await nav(page).getByRole('link', { name: '项目' }).click();
  const missing = '/berth-i18n-e2e-no-such-folder/compose.yml';
  await page.getByRole('textbox', { name: 'Compose 文件路径' }).fill(missing);
  const up = page
    .getByRole('group', { name: 'Compose 命令' })
    .getByRole('button', { name: '启动（up）', exact: true });
  await expect(up).toBeEnabled({ timeout: 20_000 });
  await up.click();
  await expect(page.getByRole('alert').filter({ hasText: `没有这个文件：${missing}` })).toBeVisible();

  // A mark on the window survives only if the page is not reloaded.
  await page.evaluate(() => {
    (window as Window & { berthNoReload?: true }).berthNoReload = true;
  });
  await nav(page).getByRole('link', { name: '设置' }).click();
  await expect(page.getByRole('heading', { name: '设置', level: 1 })).toBeVisible();
  await page.getByLabel('语言').selectOption({ label: 'English（英语）' });

  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  const mainNav = page.getByRole('navigation', { name: 'Main' });
  await expect(mainNav.getByRole('link', { name: 'Containers' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(await page.evaluate(() => (window as Window & { berthNoReload?: true }).berthNoReload)).toBe(true);

  // The relative times follow the new language too.
  await mainNav.getByRole('link', { name: 'Images' }).click();
  await expect(
    page
      .getByRole('cell')
      .filter({ hasText: /^(\d+ (year|month|week|day|hour|minute)s? ago|just now)$/ })
      .first(),
  ).toBeVisible({ timeout: 15_000 });
});

test('a zh-CN browser reads the run dialog in Chinese, its validation messages too', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(berth().web.url);

  await followBrowserLanguage(page);

  await nav(page).getByRole('link', { name: '容器' }).click();
  // The containers toolbar is another feature's, converted on its own branch: either wording opens it.
  await page.getByRole('button', { name: /^(New container|新建容器)$/ }).click();
  const dialog = page.getByRole('dialog', { name: '新建容器' });
  await expect(dialog.getByRole('group', { name: '基本设置' })).toBeVisible();
  await expect(dialog.getByRole('region', { name: '等效的 docker run 命令' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: '创建容器' })).toBeDisabled();

  // A rule from shared/run, worded in Chinese next to its field; its English words are not shown.
  const name = dialog.getByLabel('名称', { exact: true });
  await name.fill('x');
  await expect(
    dialog.getByText('Docker 要求名称至少 2 个字符，只能包含字母、数字、_ . -（以字母或数字开头）。'),
  ).toBeVisible();
  await expect(dialog.getByText(/Docker accepts names/)).toHaveCount(0);
  await dialog.getByLabel('镜像', { exact: true }).fill('Not A Reference');
  await expect(dialog.getByText(/^“Not A Reference”不是有效的镜像引用：/)).toBeVisible();

  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();
});

test('a zh-CN browser reads Discover, System, Prune, Build, the container detail (Inspect, Files, log search) and project logs in Chinese', async ({
  page,
}) => {
  test.setTimeout(180_000);
  // A container of a compose project (by its labels), removed with the spec's scope label afterwards.
  const name = 'e2e-i18n-a-web';
  const project = 'e2e-i18n-a-proj';
  await runTestContainer(name, 'e2e-i18n', [
    '--label',
    `com.docker.compose.project=${project}`,
    '--label',
    'com.docker.compose.service=web',
  ]);
  await page.goto(berth().web.url);
  await followBrowserLanguage(page);

  // Discover: its heading and the Docker Hub search form.
  await nav(page)
    .getByRole('link', { name: /^(发现|Discover)$/ })
    .click();
  await expect(page.getByRole('heading', { name: '发现', level: 1 })).toBeVisible();
  await expect(page.getByRole('form', { name: '搜索 Docker Hub' })).toBeVisible();

  // System: engine facts, the events filters, and the prune dialog it opens.
  await nav(page)
    .getByRole('link', { name: /^(系统|System)$/ })
    .click();
  await expect(page.getByRole('heading', { name: '系统', level: 1 })).toBeVisible();
  await expect(page.getByText('引擎版本', { exact: true })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('group', { name: '事件筛选' })).toBeVisible();
  await page.getByRole('button', { name: '清理…' }).click();
  const prune = page.getByRole('dialog', { name: '清理' });
  await expect(prune.getByRole('checkbox', { name: '已停止的容器' })).toBeVisible();
  await prune.getByRole('button', { name: '取消' }).click();
  await expect(prune).toBeHidden();

  // Build: the dialog the Images view opens, and its idle context hint.
  await nav(page)
    .getByRole('link', { name: /^(镜像|Images)$/ })
    .click();
  await page.getByRole('button', { name: /^(Build image…|构建镜像…)$/ }).click();
  const build = page.getByRole('dialog', { name: '构建镜像' });
  await expect(build.getByLabel('上下文目录', { exact: true })).toBeVisible();
  await expect(build.getByText(/^尚未选择构建上下文/)).toBeVisible();
  await build.getByRole('button', { name: /^(取消|Cancel)$/ }).click();
  await expect(build).toBeHidden();

  // Container detail: its tabs, the Inspect summary and the Files browser.
  await nav(page)
    .getByRole('link', { name: /^(容器|Containers)$/ })
    .click();
  await page.getByRole('button', { name: new RegExp(`^(Open|打开) ${name}$`) }).click();
  const tabs = page.getByRole('tablist', { name: '容器' });
  await expect(tabs.getByRole('tab', { name: '日志', exact: true })).toBeVisible();
  await tabs.getByRole('tab', { name: '详情', exact: true }).click();
  await expect(page.getByRole('region', { name: '概览' })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('region', { name: '端口' })).toContainText('没有已发布的端口');
  await tabs.getByRole('tab', { name: '文件', exact: true }).click();
  await expect(page.getByRole('table', { name: `${name} 的文件` })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('button', { name: '上一级' })).toBeVisible();
  // A log search with a bad regular expression: the spool refuses it by key, worded in Chinese.
  await tabs.getByRole('tab', { name: '日志', exact: true }).click();
  await page.getByRole('button', { name: '加载完整历史', exact: true }).click();
  await page.getByLabel('正则表达式', { exact: true }).check();
  await page.getByRole('searchbox', { name: '搜索整个日志' }).fill('(unclosed');
  await page.getByRole('button', { name: '搜索', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /正则表达式/ })).toHaveText(
    /不是有效的正则表达式/,
    {
      timeout: 15_000,
    },
  );
  await page.getByRole('button', { name: '← 返回容器列表' }).click();

  // Project logs: the heading and the status line of the project's one container.
  await page
    .getByRole('button', { name: new RegExp(`(Logs of project ${project}|${project}.*日志)`) })
    .click();
  await expect(page.getByRole('heading', { name: `项目 ${project}` })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^正在跟踪 1 个容器/ })).toBeVisible({
    timeout: 15_000,
  });
});

test('a zh-CN browser reads the Images view and the Create network dialog in Chinese', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(berth().web.url);
  await followBrowserLanguage(page);

  // Images: heading, counts, the pull form, toolbar, filters and column heads.
  await nav(page).getByRole('link', { name: '镜像' }).click();
  await expect(page.getByRole('heading', { name: '镜像', level: 1 })).toBeVisible();
  await expect(page.getByText(/^\d+ 个镜像 · 占用磁盘 /)).toBeVisible({ timeout: 15_000 });
  const pull = page.getByRole('form', { name: '拉取镜像' });
  await expect(pull.getByRole('button', { name: '拉取', exact: true })).toBeVisible();
  await expect(pull.getByRole('button', { name: '搜索 Docker Hub' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: '搜索镜像' })).toBeVisible();
  await expect(page.getByRole('radio', { name: '悬空' })).toBeVisible();
  await expect(page.getByRole('button', { name: '构建镜像…' })).toBeVisible();
  const table = page.getByRole('table', { name: '镜像' });
  await expect(table.getByRole('columnheader', { name: '仓库' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: '镜像 ID' })).toBeVisible();
  // The test image is on the shared engine: its row opens by a Chinese name.
  await expect(table.getByRole('button', { name: /^打开 berth-test\/busybox:latest/ }).first()).toBeVisible();

  // A reference the parser refuses, worded in Chinese under the field.
  await pull.getByLabel('镜像', { exact: true }).fill('Team/App');
  await expect(page.getByText('引用格式无效：仓库名称必须是小写。')).toBeVisible();
  await pull.getByLabel('镜像', { exact: true }).fill('');

  // Networks: the Create network dialog, its fields and a validation hint.
  await nav(page)
    .getByRole('link', { name: /^(网络|Networks)$/ })
    .click();
  await page.getByRole('button', { name: '创建网络' }).click();
  const dialog = page.getByRole('dialog', { name: '创建网络' });
  await expect(dialog.getByRole('textbox', { name: '名称', exact: true })).toBeVisible();
  await expect(dialog.getByLabel('驱动', { exact: true })).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: '子网', exact: true })).toBeVisible();
  await expect(dialog.getByRole('checkbox', { name: '启用 IPv6' })).toBeVisible();
  await dialog.getByRole('textbox', { name: '网关', exact: true }).fill('10.1.0.1');
  await dialog.getByRole('button', { name: '创建', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText('网络未创建：请修正标记的字段。');
  await expect(dialog.getByText('名称为必填项。')).toBeVisible();
  await expect(dialog.getByText('设置网关或 IP 范围时需要子网。')).toBeVisible();
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();
});
