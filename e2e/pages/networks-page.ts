import type { Locator, Page } from '@playwright/test';

/** The networks view and its dialogs, found by role and accessible name. */
export class NetworksPage {
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Networks' });
  }

  async open(url: string): Promise<void> {
    await this.page.goto(`${url}#/networks`);
    await this.page.getByRole('heading', { name: 'Networks', level: 1 }).waitFor();
    await this.table.waitFor();
  }

  row(name: string): Locator {
    return this.table.getByRole('row', { name, exact: true });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  field(name: string): Locator {
    return this.dialog.getByLabel(name, { exact: true });
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  async create(fields: Readonly<Record<string, string>>): Promise<void> {
    await this.button('Create network').click();
    for (const [label, value] of Object.entries(fields)) await this.field(label).fill(value);
    await this.dialog.getByRole('button', { name: 'Create', exact: true }).click();
  }

  attached(network: string): Locator {
    return this.page.getByRole('table', { name: `Containers attached to ${network}` });
  }
}
