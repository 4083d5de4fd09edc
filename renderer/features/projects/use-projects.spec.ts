import { describe, expect, it } from 'vitest';
import type { ContainerSummary } from '../../../shared/contract/containers.js';
import { qualify, splitQualified } from '../../lib/engine-routing.js';
import { projectsPerEngine } from './use-projects.js';

const member = (id: string, project: string, service: string): ContainerSummary =>
  ({
    id,
    names: [`${project}-${service}-1`],
    image: 'app',
    state: 'running',
    labels: {
      'com.docker.compose.project': project,
      'com.docker.compose.service': service,
    },
  }) as unknown as ContainerSummary;

describe('projects per engine', () => {
  it('keeps same-named projects of two engines apart, each keyed with its engine', () => {
    const projects = projectsPerEngine([
      member(qualify('default', 'a1'), 'shop', 'web'),
      member(qualify('ctx:box', 'b1'), 'shop', 'web'),
      member(qualify('ctx:box', 'b2'), 'shop', 'db'),
    ]);
    const byKey = new Map(projects.map((p) => [p.name, p]));
    expect([...byKey.keys()].sort()).toEqual([qualify('ctx:box', 'shop'), qualify('default', 'shop')]);
    expect(byKey.get(qualify('ctx:box', 'shop'))?.containerIds).toHaveLength(2);
    expect(byKey.get(qualify('default', 'shop'))?.containerIds).toEqual([qualify('default', 'a1')]);
    expect(projects.every((p) => splitQualified(p.name).id === 'shop')).toBe(true);
  });

  it('groups plain ids (the CLI engine) under plain names, as before', () => {
    const [only] = projectsPerEngine([member('a1', 'shop', 'web')]);
    expect(only?.name).toBe('shop');
  });
});
