import type { Locator, Page } from '@playwright/test';

/** The Files tab of a container's detail view. */
export class ContainerFilesPage {
  constructor(
    readonly page: Page,
    readonly name: string,
  ) {}

  async openTab(): Promise<void> {
    await this.page
      .getByRole('tablist', { name: 'Container' })
      .getByRole('tab', { name: 'Files', exact: true })
      .click();
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: `Files of ${this.name}` });
  }

  async goTo(path: string): Promise<void> {
    await this.page.getByLabel('Path', { exact: true }).fill(path);
    await this.page.getByRole('button', { name: 'Go', exact: true }).click();
    await this.page
      .getByRole('navigation', { name: 'Breadcrumb' })
      .getByText(path.split('/').pop() ?? '/', { exact: true })
      .waitFor();
  }

  uploadInput(dir: string): Locator {
    return this.page.getByLabel(`Upload a file into ${dir}`, { exact: true });
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  status(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }
}
