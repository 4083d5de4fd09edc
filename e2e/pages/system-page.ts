import type { Locator, Page } from '@playwright/test';

/** The system view: engine facts, disk usage, the events log and the prune dialog. */
export class SystemPage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(`${url}#/system`);
    await this.page.getByRole('heading', { name: 'System', level: 1 }).waitFor();
  }

  fact(term: string): Locator {
    return this.page.getByRole('definition').filter({
      has: this.page.locator(`xpath=preceding-sibling::dt[1][normalize-space(.)="${term}"]`),
    });
  }

  get diskBar(): Locator {
    return this.page.getByRole('img', { name: /^Disk usage:/ });
  }

  get events(): Locator {
    return this.page.getByRole('table', { name: 'Engine events' });
  }

  eventFilter(name: 'Type' | 'Action' | 'Actor'): Locator {
    return this.page.getByRole('group', { name: 'Event filters' }).getByLabel(name, { exact: true });
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  get prune(): Locator {
    return this.page.getByRole('dialog', { name: 'Prune' });
  }

  previewList(title: string): Locator {
    return this.prune.getByRole('list', { name: title, exact: true });
  }
}
