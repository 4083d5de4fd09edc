import type { Locator, Page } from '@playwright/test';

/** The build dialog, reached from the Images section, found by role and accessible name. */
export class BuildPage {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Build image' });
  }

  /** The Images section, without opening the dialog. */
  async openImages(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.getByRole('link', { name: 'Images' }).click();
    await this.page.getByRole('button', { name: 'Load images from a tar file' }).waitFor();
  }

  /** Picks a tar for "Load…" as the file chooser would. */
  async loadTar(path: string): Promise<void> {
    await this.page.getByLabel('Image tar file to load').setInputFiles(path);
  }

  /** The task list, opened. */
  async tasks(): Promise<Locator> {
    const toggle = this.page.getByRole('region', { name: 'Tasks' }).getByRole('button', { name: /^Tasks/ });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    return this.page.getByRole('list', { name: 'Task list' });
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.getByRole('link', { name: 'Images' }).click();
    await this.page.getByRole('button', { name: 'Build image…' }).click();
    await this.dialog.waitFor();
  }

  field(name: string): Locator {
    return this.dialog.getByRole('textbox', { name, exact: true });
  }

  button(name: string): Locator {
    return this.dialog.getByRole('button', { name, exact: true });
  }

  /** The live summary of what will be sent. */
  get contextSummary(): Locator {
    return this.dialog.getByRole('region', { name: 'Build context' }).getByRole('status');
  }

  get ignoredList(): Locator {
    return this.dialog.getByRole('list', { name: 'Left out by .dockerignore' });
  }

  get output(): Locator {
    return this.dialog.getByRole('log', { name: 'Build output' });
  }

  get success(): Locator {
    return this.dialog.getByRole('status').filter({ hasText: /^Built / });
  }

  get failure(): Locator {
    return this.dialog.getByRole('alert');
  }

  async addLabel(key: string, value: string): Promise<void> {
    await this.button('Add label').click();
    const rows = this.dialog.getByRole('group', { name: 'Labels' }).getByRole('textbox');
    const count = await rows.count();
    const index = count / 2;
    await this.field(`Label ${index} name`).fill(key);
    await this.field(`Label ${index} value`).fill(value);
  }
}
