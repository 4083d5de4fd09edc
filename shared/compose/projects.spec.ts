import { describe, expect, it } from 'vitest';
import type { ContainerSummary } from '../contract/containers.js';
import { groupProjects, parseConfigFiles } from './projects.js';

let seq = 0;
const container = (
  name: string,
  labels: Record<string, string>,
  state: ContainerSummary['state'] = 'running',
  created = 100,
): ContainerSummary => ({
  id: `id-${name}-${seq++}`,
  name,
  image: 'img',
  command: 'sh',
  state,
  status: state,
  created,
  ports: [],
  labels,
  project: labels['com.docker.compose.project'] ?? null,
  service: labels['com.docker.compose.service'] ?? null,
});

const composeLabels = (project: string, service: string, extra: Record<string, string> = {}) => ({
  'com.docker.compose.project': project,
  'com.docker.compose.service': service,
  'com.docker.compose.project.working_dir': `/srv/${project}`,
  'com.docker.compose.project.config_files': `/srv/${project}/docker-compose.yml`,
  'com.docker.compose.container-number': '1',
  'com.docker.compose.oneoff': 'False',
  ...extra,
});

describe('groupProjects', () => {
  it('groups by project and service, counting running n/m per service and project', () => {
    const projects = groupProjects([
      container('shop_web_2', composeLabels('shop', 'web', { 'com.docker.compose.container-number': '2' })),
      container('shop_web_1', composeLabels('shop', 'web'), 'exited'),
      container('shop_db_1', composeLabels('shop', 'db')),
      container('blog_app_1', composeLabels('blog', 'app'), 'paused'),
      container('loner', {}),
    ]);
    expect(projects.map((p) => p.name)).toEqual(['blog', 'shop']);
    const shop = projects[1];
    expect(shop).toMatchObject({ running: 2, total: 3, workingDir: '/srv/shop' });
    expect(shop?.configFiles).toEqual(['/srv/shop/docker-compose.yml']);
    expect(shop?.services.map((s) => [s.name, s.running, s.total])).toEqual([
      ['db', 1, 1],
      ['web', 1, 2],
    ]);
    // Ordered by container number, not by name or arrival.
    expect(shop?.services[1]?.containers.map((c) => [c.name, c.number])).toEqual([
      ['shop_web_1', 1],
      ['shop_web_2', 2],
    ]);
    expect(shop?.containerIds).toHaveLength(3);
    expect(projects[0]).toMatchObject({ running: 1, total: 1 });
  });

  it('lists one-off (`compose run`) containers last without counting them', () => {
    const [project] = groupProjects([
      container('p_web_run_1', composeLabels('p', 'web', { 'com.docker.compose.oneoff': 'True' })),
      container('p_web_1', composeLabels('p', 'web'), 'exited'),
    ]);
    expect(project?.services[0]?.containers.map((c) => [c.name, c.oneoff])).toEqual([
      ['p_web_1', false],
      ['p_web_run_1', true],
    ]);
    expect(project).toMatchObject({ running: 0, total: 1 });
    expect(project?.containerIds).toHaveLength(2);
  });

  it('takes folder and files from the newest container, and copes with missing or odd labels', () => {
    const [project] = groupProjects([
      container(
        'a',
        { ...composeLabels('p', 'web'), 'com.docker.compose.project.working_dir': '/old' },
        'running',
        1,
      ),
      container(
        'b',
        { ...composeLabels('p', 'web'), 'com.docker.compose.project.working_dir': '/new' },
        'running',
        9,
      ),
      container('c', {
        'com.docker.compose.project': 'p',
        'com.docker.compose.container-number': 'x1',
      }),
    ]);
    expect(project?.workingDir).toBe('/new');
    // No service label: the container stands as its own service, by name.
    expect(project?.services.map((s) => s.name)).toEqual(['c', 'web']);
    expect(project?.services[0]?.containers[0]?.number).toBeNull();
  });

  it('ignores an empty project label and gives an empty list for no containers', () => {
    expect(groupProjects([container('x', { 'com.docker.compose.project': '' })])).toEqual([]);
    expect(groupProjects([])).toEqual([]);
    const [bare] = groupProjects([container('y', { 'com.docker.compose.project': 'q' })]);
    expect(bare).toMatchObject({ workingDir: null, configFiles: [] });
  });
});

describe('parseConfigFiles', () => {
  it('splits the comma-joined list and drops blanks', () => {
    expect(parseConfigFiles('/a/docker-compose.yml,/a/override.yml')).toEqual([
      '/a/docker-compose.yml',
      '/a/override.yml',
    ]);
    expect(parseConfigFiles(' /a.yml , ,')).toEqual(['/a.yml']);
    expect(parseConfigFiles(undefined)).toEqual([]);
    expect(parseConfigFiles('')).toEqual([]);
  });
});
