import type { Locator, Page } from '@playwright/test';

/** The run dialog (new, edit, clone), found by role and accessible name. */
export class RunDialogPage {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: /^(New container|Edit container|Clone container)/ });
  }

  field(label: string): Locator {
    return this.dialog.getByLabel(label, { exact: true });
  }

  button(name: string): Locator {
    return this.dialog.getByRole('button', { name, exact: true });
  }

  get preview(): Locator {
    return this.dialog.getByRole('region', { name: 'Equivalent docker run command' });
  }

  get advanced(): Locator {
    return this.dialog.getByText(/^Advanced:/);
  }

  get review(): Locator {
    return this.dialog.getByRole('region', { name: 'Review changes' });
  }

  get diff(): Locator {
    return this.dialog.getByRole('table', { name: /^Changes to / });
  }
}
