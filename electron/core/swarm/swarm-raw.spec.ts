import { describe, expect, it } from 'vitest';
import { splitDetails } from './service-logs.js';
import { taskError, taskOnSpec, toServiceSummary, toServiceTask } from './swarm-raw.js';
import { maskToken } from './swarm-state.js';

describe('swarm documents as Berth shows them', () => {
  it('gives a task’s real error: the engine’s Err, else the exit code, never a bare state', () => {
    expect(taskError({ ID: 't', Status: { State: 'rejected', Err: 'No such image: x:1' } })).toBe(
      'No such image: x:1',
    );
    expect(
      taskError({
        ID: 't',
        Status: { State: 'pending', Err: 'no suitable node (insufficient resources on 1 node)' },
      }),
    ).toBe('no suitable node (insufficient resources on 1 node)');
    expect(
      taskError({ ID: 't', Status: { State: 'failed', ContainerStatus: { ContainerID: 'c', ExitCode: 3 } } }),
    ).toBe("The task's container exited with code 3.");
    expect(taskError({ ID: 't', Status: { State: 'rejected', Message: 'preparing' } })).toBe(
      'rejected: preparing',
    );
    expect(
      taskError({
        ID: 't',
        Status: { State: 'running', ContainerStatus: { ContainerID: 'c', ExitCode: 0 } },
      }),
    ).toBeNull();
  });

  it('maps a task with node name, slot, host ports and no exit code while running', () => {
    const task = toServiceTask(
      {
        ID: 'task1',
        NodeID: 'node1',
        Slot: 2,
        DesiredState: 'running',
        Spec: { ContainerSpec: { Image: `img:1@sha256:${'a'.repeat(64)}` } },
        Status: {
          State: 'running',
          Message: 'started',
          ContainerStatus: { ContainerID: 'c1', ExitCode: 0 },
          PortStatus: {
            Ports: [{ Protocol: 'tcp', TargetPort: 80, PublishedPort: 30001, PublishMode: 'host' }],
          },
        },
      },
      new Map([['node1', 'vm']]),
    );
    expect(task).toMatchObject({
      slot: 2,
      nodeName: 'vm',
      image: 'img:1',
      exitCode: null,
      error: null,
      ports: [{ target: 80, published: 30001, protocol: 'tcp', mode: 'host' }],
    });
  });

  it('tells a task on the service’s current spec from one on the previous (a rolling update’s progress)', () => {
    // As the engine writes them: the service's spec has defaults filled in, the task's does not.
    const template = {
      ContainerSpec: {
        Image: 'img:2',
        Env: ['A=1'],
        StopGracePeriod: 10_000_000_000,
        DNSConfig: {},
        Isolation: 'default',
      },
      Resources: {},
      ForceUpdate: 1,
    };
    const task = (ContainerSpec: Record<string, unknown>, ForceUpdate = 1) => ({
      ID: 't',
      Spec: { ContainerSpec, ForceUpdate },
    });
    expect(
      taskOnSpec(task({ Image: 'img:2', Env: ['A=1'], Isolation: 'default', Mounts: [] }), template),
    ).toBe(true);
    expect(taskOnSpec(task({ Image: 'img:1', Env: ['A=1'] }), template)).toBe(false);
    expect(taskOnSpec(task({ Image: 'img:2', Env: ['A=2'] }), template)).toBe(false);
    // `docker service update --force` changes nothing but the counter.
    expect(taskOnSpec(task({ Image: 'img:2', Env: ['A=1'] }, 0), template)).toBe(false);
    expect(toServiceTask(task({ Image: 'img:2', Env: ['A=1'] }), new Map()).onCurrentSpec).toBeNull();
    expect(toServiceTask(task({ Image: 'img:1' }), new Map(), template).onCurrentSpec).toBe(false);
  });

  it('counts replicas from the service status, and desired from the spec (replicated) or status (global)', () => {
    const replicated = toServiceSummary({
      ID: 's',
      Spec: {
        Name: 'web',
        Mode: { Replicated: { Replicas: 3 } },
        Labels: { 'com.docker.stack.namespace': 'st' },
      },
      ServiceStatus: { RunningTasks: 1, DesiredTasks: 3 },
      PreviousSpec: { Name: 'web' },
    });
    expect(replicated).toMatchObject({
      running: 1,
      desired: 3,
      mode: 'replicated',
      stack: 'st',
      canRollback: true,
    });
    const global = toServiceSummary({
      ID: 'g',
      Spec: { Name: 'agent', Mode: { Global: {} } },
      ServiceStatus: { RunningTasks: 1, DesiredTasks: 1 },
    });
    expect(global).toMatchObject({ mode: 'global', desired: 1, canRollback: false, stack: null });
  });

  it('masks a join token but keeps its kind and last four characters', () => {
    const token = 'SWMTKN-1-3pu6hszjas19xyp7ghgosyx9k8atbfcr8p2is99znpy26u2lkl-1awxwuwd3z9j1z3puu7rcgdbx';
    expect(maskToken(token)).toBe('SWMTKN-1-…gdbx');
  });

  it('splits service log details from the line', () => {
    expect(
      splitDetails(
        'com.docker.swarm.node.id=n1,com.docker.swarm.service.id=s1,com.docker.swarm.task.id=t1 hello world',
      ),
    ).toEqual({ taskId: 't1', text: 'hello world' });
    expect(splitDetails('no details here')).toEqual({ taskId: null, text: 'no details here' });
  });
});
