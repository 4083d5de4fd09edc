import { describe, expect, it } from 'vitest';
import { serviceCreateCommand } from '../../../shared/swarm/service-argv.js';
import { emptyServiceForm } from '../../../shared/swarm/service-form.js';
import { draftFromForm, draftToForm, emptyDraft, emptyPort } from './service-draft.js';

describe('service dialog draft → form', () => {
  it('builds the form from typed text', () => {
    const { form, problems } = draftToForm({
      ...emptyDraft(),
      name: 'web',
      image: 'busybox',
      command: 'httpd -f -p "80"',
      replicas: '2',
      ports: [{ ...emptyPort(), target: '80', mode: 'host' }],
      env: 'A=1\n\nB=two words\n',
      secrets: ['db'],
    });
    expect(problems).toEqual({});
    expect(form).toMatchObject({
      name: 'web',
      args: ['httpd', '-f', '-p', '80'],
      replicas: 2,
      ports: [{ target: 80, published: null, protocol: 'tcp', mode: 'host' }],
      env: ['A=1', 'B=two words'],
      secrets: [{ name: 'db', target: '' }],
    });
  });

  it('carries reservations and the rollback policy, into the form and the docker service create preview', () => {
    const { form, problems } = draftToForm({
      ...emptyDraft(),
      name: 'web',
      image: 'busybox',
      memoryReservation: '128m',
      cpuReservation: '0.25',
      rollbackParallelism: '2',
      rollbackFailureAction: 'continue',
      rollbackOrder: 'start-first',
    });
    expect(problems).toEqual({});
    if (!form) throw new Error('no form');
    expect(form.resources).toMatchObject({ memoryReservation: 128 * 1024 * 1024, cpuReservation: 0.25 });
    expect(form.rollback).toMatchObject({ parallelism: 2, failureAction: 'continue', order: 'start-first' });
    const command = serviceCreateCommand(form);
    expect(command).toContain('--reserve-cpu 0.25');
    expect(command).toContain(
      '--rollback-parallelism 2 --rollback-failure-action continue --rollback-order start-first',
    );
    // And back: an edited service's reservations and rollback policy show in the dialog.
    expect(draftFromForm(form)).toMatchObject({
      memoryReservation: String(128 * 1024 * 1024),
      cpuReservation: '0.25',
      rollbackParallelism: '2',
      rollbackFailureAction: 'continue',
      rollbackOrder: 'start-first',
    });
    expect(
      draftToForm({
        ...emptyDraft(),
        name: 'web',
        image: 'busybox',
        memoryReservation: 'lots',
        rollbackParallelism: '-1',
      }).problems,
    ).toMatchObject({
      memoryReservation: 'A size such as 256m or 1g.',
      rollbackParallelism: 'A whole number (0: all at once).',
    });
  });

  it('carries mounts, limits, placement, restart and update policy, and configs', () => {
    const { form, problems } = draftToForm({
      ...emptyDraft(),
      name: 'web',
      image: 'busybox',
      mounts: [{ type: 'volume', source: ' data ', target: '/data', readOnly: true }],
      memoryLimit: '256m',
      cpuLimit: '0.5',
      spreadOver: 'node.labels.zone',
      restartCondition: 'on-failure',
      updateParallelism: '2',
      updateFailureAction: 'rollback',
      updateOrder: 'start-first',
      configs: ['nginx'],
    });
    expect(problems).toEqual({});
    expect(form).toMatchObject({
      mounts: [{ type: 'volume', source: 'data', target: '/data', readOnly: true }],
      resources: { memoryLimit: 256 * 1024 * 1024, cpuLimit: 0.5 },
      spreadOver: ['node.labels.zone'],
      restart: { condition: 'on-failure' },
      update: { parallelism: 2, failureAction: 'rollback', order: 'start-first' },
      configs: [{ name: 'nginx', target: '' }],
    });
    expect(
      draftToForm({ ...emptyDraft(), name: 'w', image: 'busybox', memoryLimit: 'lots', cpuLimit: 'x' })
        .problems,
    ).toMatchObject({ memoryLimit: 'A size such as 256m or 1g.', cpuLimit: 'A number of CPUs such as 0.5.' });
  });

  it('edits keep what the dialog does not show (rollback policy, reservations, labels, secret targets)', () => {
    const current = {
      ...emptyServiceForm('busybox'),
      name: 'web',
      args: ['sh', '-c', 'echo "a b"'],
      env: ['A=1'],
      resources: {
        cpuLimit: 0.5,
        memoryLimit: 64 * 1024 * 1024,
        cpuReservation: 0.25,
        memoryReservation: 1024,
      },
      rollback: { ...emptyServiceForm().rollback, failureAction: 'continue' as const },
      secrets: [{ name: 'db', target: 'db.conf' }],
      labels: { team: 'a' },
    };
    expect(draftToForm(draftFromForm(current), current)).toEqual({ form: current, problems: {} });
    const edited = draftToForm({ ...draftFromForm(current), env: 'A=2' }, current);
    expect(edited.form).toEqual({ ...current, env: ['A=2'] });
  });

  it('names each bad field and returns no form', () => {
    const { form, problems } = draftToForm({
      ...emptyDraft(),
      image: 'busybox',
      ports: [{ ...emptyPort(), target: '99999', published: 'x' }],
    });
    expect(form).toBeNull();
    expect(problems).toMatchObject({
      'ports.0.target': 'A port is 1 to 65535.',
      'ports.0.published': 'A port is 1 to 65535, or empty to let the engine choose.',
    });
    expect(draftToForm({ ...emptyDraft(), image: 'busybox' }).problems['name']).toBe(
      'Give the service a name.',
    );
  });
});
