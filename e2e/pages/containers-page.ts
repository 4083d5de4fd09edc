import type { Locator, Page } from '@playwright/test';

/** The containers view, found the way a person (or a screen reader) finds it: by role and name. */
export class ContainersPage {
  readonly grid: Locator;
  readonly search: Locator;
  readonly selection: Locator;

  constructor(readonly page: Page) {
    this.grid = page.getByRole('grid', { name: 'Containers' });
    this.search = page.getByRole('searchbox', { name: 'Search containers' });
    this.selection = page.getByRole('group', { name: 'Selected containers' });
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.getByRole('heading', { name: 'Containers' }).waitFor();
  }

  row(name: string): Locator {
    return this.grid.getByRole('row', { name, exact: true });
  }

  /** The State column of a container's row. */
  state(name: string): Locator {
    return this.row(name).getByRole('gridcell').nth(3);
  }

  rowButton(verb: string, name: string): Locator {
    return this.row(name).getByRole('button', { name: `${verb} ${name}`, exact: true });
  }

  select(name: string): Locator {
    return this.page.getByRole('checkbox', { name: `Select ${name}`, exact: true });
  }

  bulk(verb: string): Locator {
    return this.selection.getByRole('button', { name: verb, exact: true });
  }

  filter(name: 'All' | 'Running' | 'Stopped'): Locator {
    return this.page.getByRole('radiogroup', { name: 'Filter' }).getByRole('radio', { name, exact: true });
  }

  project(name: string): Locator {
    return this.grid.getByRole('row', { name: `project ${name}`, exact: true });
  }

  get removeDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Remove containers' });
  }

  get engineAlert(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'Disconnected from the Docker engine' });
  }
}
