import type { CoreDeps } from '../core-deps.js';
import { refuseSwarmOnPodman } from '../engines/engine-route.js';
import type { FeatureHandlers } from '../rpc/router.js';
import { kubeExport } from './kube-export.js';
import { listNodes, updateNode } from './nodes.js';
import {
  createService,
  inspectService,
  listTasks,
  removeService,
  rollbackService,
  scaleService,
  updateService,
} from './service-actions.js';
import { streamServiceLogs } from './service-logs.js';
import { ServiceSync } from './service-sync.js';
import { deployStack, listStacks, removeStack } from './stacks.js';
import { createObject, inspectConfig, inspectObject, listObjects, removeObject } from './swarm-objects.js';
import {
  hostInterfaces,
  initSwarm,
  joinTokens,
  leaveSwarm,
  readSwarmState,
  rotateToken,
} from './swarm-state.js';

export const swarmHandlers = ({
  connection,
  engines,
  hub,
  tasks,
  disposables,
  coalesceMs,
}: CoreDeps): FeatureHandlers<'swarm'> => {
  const services = disposables.add(new ServiceSync(connection, { coalesceMs }));
  disposables.add(services.onChange((change) => hub.emit('services.changed', change)));
  disposables.add(services.onSwarmChange((change) => hub.emit('swarm.changed', change)));
  const deps = { connection, services };
  /** Init and leave raise no engine event: relist and tell every client. */
  const membershipChanged = async <T>(result: T): Promise<T> => {
    await services.relist();
    hub.emit('swarm.changed', { kinds: ['swarm', 'node', 'secret', 'config'] });
    return result;
  };
  return {
    invokes: {
      'swarm.state': () => readSwarmState(connection),
      'swarm.interfaces': () => Promise.resolve(hostInterfaces()),
      'swarm.init': async (req) => {
        refuseSwarmOnPodman(engines);
        return membershipChanged(await initSwarm(connection, req.advertiseAddr));
      },
      'swarm.leave': async (req) => membershipChanged(await leaveSwarm(connection, req.force)),
      'swarm.joinTokens': (req) => joinTokens(connection, req.reveal),
      'swarm.rotateToken': (req) => rotateToken(connection, req.role),
      'nodes.list': () => listNodes(connection),
      'nodes.update': (req) => updateNode(connection, req),
      'services.list': () => services.list(),
      'services.inspect': async (req) =>
        (await inspectService(connection, req.id)) as unknown as Readonly<Record<string, unknown>>,
      'services.create': (req) => createService(deps, req.form),
      'services.scale': (req) => scaleService(deps, req.id, req.replicas),
      'services.update': (req) =>
        updateService(deps, req.id, { image: req.image, form: req.form, force: req.force }),
      'services.rollback': (req) => rollbackService(deps, req.id),
      'services.remove': async (req) => {
        await removeService(deps, req.id);
        return { id: req.id };
      },
      'services.tasks': (req) => listTasks(connection, req.id),
      'secrets.list': () => listObjects(connection, 'secrets'),
      'secrets.create': (req) => createObject(connection, 'secrets', req),
      'secrets.inspect': (req) => inspectObject(connection, 'secrets', req.id),
      'secrets.remove': async (req) => ({ id: await removeObject(connection, 'secrets', req.id) }),
      'configs.list': () => listObjects(connection, 'configs'),
      'configs.create': (req) => createObject(connection, 'configs', req),
      'configs.inspect': (req) => inspectConfig(connection, req.id),
      'configs.remove': async (req) => ({ id: await removeObject(connection, 'configs', req.id) }),
      'stacks.list': () => listStacks(services),
      'stacks.deploy': (req) => deployStack({ connection, tasks, services }, req.file, req.name),
      'kube.generate': (req) => kubeExport(connection, req.containers, req.kind),
      'stacks.remove': async (req) => {
        await removeStack(connection, services, req.name);
        return { name: req.name };
      },
    },
    streams: {
      'services.logs': (req, sink) => streamServiceLogs(connection, req, sink),
    },
  };
};
