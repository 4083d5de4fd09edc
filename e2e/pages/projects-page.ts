import type { Locator, Page } from '@playwright/test';

/** The Projects section: the compose file form, the last run and one card per project. */
export class ProjectsPage {
  readonly heading: Locator;
  readonly path: Locator;
  readonly projectName: Locator;
  readonly commands: Locator;
  readonly downVolumes: Locator;
  readonly lastRun: Locator;
  readonly output: Locator;
  readonly recent: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Projects', level: 1 });
    this.path = page.getByRole('textbox', { name: 'Compose file path' });
    this.projectName = page.getByRole('textbox', { name: 'Project name (optional)' });
    this.commands = page.getByRole('group', { name: 'Compose commands' });
    this.downVolumes = page.getByRole('checkbox', { name: 'Down also removes volumes' });
    this.lastRun = page.getByRole('region', { name: 'Last compose run' });
    this.output = this.lastRun.getByRole('log', { name: 'Compose output' });
    this.recent = page.getByRole('list', { name: 'Recent files' });
  }

  /** Through the sidebar, as a person would. */
  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Projects' }).click();
    await this.heading.waitFor();
  }

  command(name: 'Up' | 'Down' | 'Pull' | 'Build' | 'Restart'): Locator {
    return this.commands.getByRole('button', { name, exact: true });
  }

  /** Fills the form and runs a command on the file. */
  async run(
    command: 'Up' | 'Down' | 'Pull' | 'Build' | 'Restart',
    file: string,
    project: string,
  ): Promise<void> {
    await this.path.fill(file);
    await this.projectName.fill(project);
    await this.command(command).click();
  }

  card(project: string): Locator {
    return this.page.getByRole('article', { name: project, exact: true });
  }

  services(project: string): Locator {
    return this.card(project).getByRole('table', { name: `Services of project ${project}` });
  }

  service(project: string, service: string): Locator {
    return this.services(project).getByRole('row', { name: new RegExp(`^${service}\\b`) });
  }

  action(verb: 'Start' | 'Stop' | 'Restart' | 'Remove' | 'Logs of', project: string): Locator {
    const name = verb === 'Logs of' ? `Logs of project ${project}` : `${verb} project ${project}`;
    return this.card(project).getByRole('button', { name, exact: true });
  }
}
