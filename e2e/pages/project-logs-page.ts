import type { Locator, Page } from '@playwright/test';

/** A compose project's merged logs, and the header button that opens them. */
export class ProjectLogsPage {
  constructor(
    readonly page: Page,
    readonly project: string,
  ) {}

  /** "Logs of project <name>" in the project's header row of the containers list. */
  get openButton(): Locator {
    return this.page
      .getByRole('grid', { name: 'Containers' })
      .getByRole('row', { name: `project ${this.project}`, exact: true })
      .getByRole('button', { name: `Logs of project ${this.project}`, exact: true });
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { name: `Project ${this.project}`, exact: true });
  }

  get logs(): Locator {
    return this.page.getByRole('region', { name: `Logs of project ${this.project}`, exact: true });
  }

  /** How many containers the console follows. */
  get status(): Locator {
    return this.page.getByRole('status').filter({ hasText: /^(Following|No containers|Connection)/ });
  }

  get back(): Locator {
    return this.page.getByRole('button', { name: '← Back to containers', exact: true });
  }
}
