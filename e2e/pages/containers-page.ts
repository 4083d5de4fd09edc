import { expect, type Locator, type Page } from '@playwright/test';

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
    // The filter is remembered in the settings, which specs on the shared server share: once the view
    // has them (it is busy until then), start from "All".
    await expect(this.page.getByRole('region', { name: 'Containers', exact: true })).not.toHaveAttribute(
      'aria-busy',
      'true',
    );
    await this.filter('All').check();
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

  /** The header button that sorts by a column ("Name", "Memory"…). */
  sortButton(column: string): Locator {
    return this.grid.getByRole('button', { name: `Sort by ${column}`, exact: true });
  }

  sortHeader(column: string): Locator {
    return this.grid.getByRole('columnheader', { name: `Sort by ${column}`, exact: true });
  }

  /** A group the user made (kept in the settings), as its header row. */
  userGroup(name: string): Locator {
    return this.grid.getByRole('row', { name: `group ${name}`, exact: true });
  }

  /** The fold button of a user group's header: aria-expanded says whether its members show. */
  userGroupToggle(name: string): Locator {
    return this.userGroup(name).getByRole('button', { name: `group ${name}`, exact: true });
  }

  /** A row's group menu (shown once the user has a group). */
  groupOf(name: string): Locator {
    return this.row(name).getByRole('combobox', { name: `Group of ${name}`, exact: true });
  }

  get newGroupButton(): Locator {
    return this.page.getByRole('button', { name: 'New group', exact: true });
  }

  get newGroupDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'New group' });
  }

  get removeDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Remove containers' });
  }

  get engineAlert(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'Disconnected from the Docker engine' });
  }
}
