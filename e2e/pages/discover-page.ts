import type { Locator, Page } from '@playwright/test';

/** The Discover view: registries, their catalog and tags, Docker Hub search, one-click run. */
export class DiscoverPage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Discover' }).click();
    await this.page.getByRole('heading', { name: 'Discover', level: 1 }).waitFor();
  }

  get status(): Locator {
    return this.page.locator('.discover-view').getByRole('status').first();
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  get repositories(): Locator {
    return this.page.getByRole('list', { name: 'Repositories' }).getByRole('button');
  }

  tags(repository: string): Locator {
    return this.page.getByRole('list', { name: `Tags of ${repository}` }).getByRole('button');
  }

  images(repository: string, tag: string): Locator {
    return this.page.getByRole('table', { name: `Images of ${repository}:${tag}` });
  }

  async browse(registry: string): Promise<void> {
    await this.button(`Browse ${registry}`).click();
    await this.page.getByRole('heading', { name: registry, level: 2 }).waitFor();
  }

  async openTag(repository: string, tag: string): Promise<void> {
    await this.repositories.filter({ hasText: repository }).click();
    await this.tags(repository).getByText(tag, { exact: true }).click();
    await this.images(repository, tag).waitFor();
  }

  async search(term: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Search images' }).fill(term);
    await this.page
      .getByRole('form', { name: 'Search Docker Hub' })
      .getByRole('button', { name: 'Search' })
      .click();
  }
}
