import type { Locator, Page } from '@playwright/test';

/** The volumes view and its dialogs, found by role and accessible name. */
export class VolumesPage {
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Volumes' });
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Volumes' }).click();
    await this.page.getByRole('heading', { name: 'Volumes', level: 1 }).waitFor();
  }

  row(name: string): Locator {
    return this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  dialog(name: string): Locator {
    return this.page.getByRole('dialog', { name });
  }

  async create(name: string, labels = ''): Promise<void> {
    await this.button('Create volume').click();
    const dialog = this.dialog('Create volume');
    await dialog.getByLabel('Name', { exact: true }).fill(name);
    if (labels) await dialog.getByLabel('Labels', { exact: true }).fill(labels);
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
  }

  /** The file table of the volume being browsed. */
  files(volume: string): Locator {
    return this.page.getByRole('table', { name: `Files in volume ${volume}` });
  }

  status(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  alert(text: string | RegExp): Locator {
    return this.page.getByRole('alert').filter({ hasText: text });
  }
}
