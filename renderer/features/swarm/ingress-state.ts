import type { NetworkSummary } from '../../../shared/contract/networks.js';
import type { Client } from '../../ipc/client.js';

/**
 * What the engine says about the ingress routing mesh. Measured on dockerd 20.10 without the
 * kernel's IPVS: the ingress network, its sandbox endpoint, the service's virtual IP and a Running
 * task all look healthy through the API, `docker info` has no warning, and only dockerd's own log
 * says "Could not get ipvs family information … Native loadbalancing will not work". So the API
 * can tell a missing ingress network apart, but never an unreachable mesh.
 */
export type IngressState =
  | { readonly kind: 'present'; readonly name: string; readonly subnet: string | null }
  | { readonly kind: 'missing' };

const isSwarmOverlay = (n: NetworkSummary): boolean => n.driver === 'overlay' && n.scope === 'swarm';

/** The ingress network is the overlay whose inspect says `Ingress: true` (usually named "ingress"). */
export const readIngressState = async (client: Client): Promise<IngressState> => {
  const { networks } = await client.invoke('networks.list', {});
  const overlays = networks.filter(isSwarmOverlay);
  // The default name first: one inspect in the usual case.
  const ordered = [
    ...overlays.filter((n) => n.name === 'ingress'),
    ...overlays.filter((n) => n.name !== 'ingress'),
  ];
  for (const network of ordered) {
    const inspect = await client.invoke('networks.inspect', { ref: network.id });
    if (inspect['Ingress'] === true) {
      return { kind: 'present', name: network.name, subnet: network.subnets[0]?.subnet ?? null };
    }
  }
  return { kind: 'missing' };
};
