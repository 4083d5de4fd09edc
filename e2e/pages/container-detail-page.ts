import { expect, type Locator, type Page } from '@playwright/test';
import type { ContainersPage } from './containers-page.js';

/** A container's detail view: tabs, log console, terminal sessions, found by role and name. */
export class ContainerDetailPage {
  constructor(
    readonly page: Page,
    readonly name: string,
  ) {}

  tab(name: 'Logs' | 'Terminal' | 'Stats' | 'Inspect' | 'Processes' | 'Health'): Locator {
    return this.page.getByRole('tablist', { name: 'Container' }).getByRole('tab', { name, exact: true });
  }

  /** Opens Berth at `url` and a container's detail from its row, as a person would. */
  static async open(ui: ContainersPage, url: string, name: string): Promise<ContainerDetailPage> {
    await ui.open(url);
    await ui
      .row(name)
      .getByRole('button', { name: `Open ${name}` })
      .click();
    await expect(ui.page.getByRole('heading', { name })).toBeVisible();
    return new ContainerDetailPage(ui.page, name);
  }

  get logs(): Locator {
    return this.page.getByRole('region', { name: `Logs of ${this.name}` });
  }

  get logSearch(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search logs' });
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  field(name: string): Locator {
    return this.page.getByLabel(name, { exact: true });
  }

  terminal(label: RegExp | string = /^Terminal: /): Locator {
    return this.page.getByRole('region', { name: label });
  }

  /** Types into the focused terminal as a person would: click, then keys. */
  async typeInTerminal(text: string): Promise<void> {
    await this.terminal().click();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }
}
