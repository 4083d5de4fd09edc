import type { Locator, Page } from '@playwright/test';

/** The images view, found by role and accessible name as a person (or a screen reader) finds it. */
export class ImagesPage {
  readonly table: Locator;
  readonly search: Locator;
  readonly pullField: Locator;
  readonly loginDialog: Locator;
  readonly removeDialog: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Images' });
    this.search = page.getByRole('searchbox', { name: 'Search images' });
    this.pullField = page
      .getByRole('form', { name: 'Pull an image' })
      .getByRole('textbox', { name: 'Image' });
    this.loginDialog = page.getByRole('dialog', { name: 'Log in to a registry' });
    this.removeDialog = page.getByRole('dialog', { name: /^Remove (image|\d+ images)$/ });
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Images' }).click();
    await this.page.getByRole('heading', { name: 'Images', level: 1 }).waitFor();
  }

  /** The row of one name of an image, by its `repo:tag` (or `<none> <short id>`). */
  row(reference: string): Locator {
    // A `has` locator is relative to the row, so it starts from the page, not from the table.
    return this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('button', { name: `Open ${reference}`, exact: true }) });
  }

  openButton(reference: string): Locator {
    return this.table.getByRole('button', { name: `Open ${reference}`, exact: true });
  }

  select(reference: string): Locator {
    return this.table.getByRole('checkbox', { name: `Select ${reference}`, exact: true });
  }

  filter(name: 'All' | 'In use' | 'Unused' | 'Dangling'): Locator {
    return this.page.getByRole('radiogroup', { name: 'Filter' }).getByRole('radio', { name, exact: true });
  }

  async pull(reference: string): Promise<void> {
    await this.pullField.fill(reference);
    await this.page
      .getByRole('form', { name: 'Pull an image' })
      .getByRole('button', { name: 'Pull', exact: true })
      .click();
  }

  /** The newest transfer (pull or push) with this title, e.g. "Pull 127.0.0.1:5000/app:1". */
  transfer(title: string): Locator {
    return this.page
      .getByRole('region', { name: 'Pulls and pushes' })
      .getByRole('region', { name: title })
      .first();
  }

  progress(title: string): Locator {
    return this.transfer(title).getByRole('progressbar', { name: `${title} progress` });
  }

  async logIn(username: string, password: string): Promise<void> {
    await this.loginDialog.getByRole('textbox', { name: 'User name' }).fill(username);
    await this.loginDialog.getByLabel('Password').fill(password);
    await this.loginDialog.getByRole('button', { name: 'Log in', exact: true }).click();
  }
}
