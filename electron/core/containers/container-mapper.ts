import type { ContainerInfo } from 'dockerode';
import { exitCodeFromStatus, healthFromStatus } from '../../../shared/alerts/status-text.js';
import {
  CONTAINER_STATES,
  type ContainerState,
  type ContainerSummary,
  type PublishedPort,
} from '../../../shared/contract/containers.js';

const PROJECT_LABEL = 'com.docker.compose.project';
const SERVICE_LABEL = 'com.docker.compose.service';

const toState = (state: string): ContainerState =>
  (CONTAINER_STATES as readonly string[]).includes(state) ? (state as ContainerState) : 'dead';

const toProtocol = (type: string): PublishedPort['protocol'] =>
  type === 'udp' || type === 'sctp' ? type : 'tcp';

/** `/containers/json` row → the contract's summary: only published ports, names without the leading slash. */
export const toContainerSummary = (info: ContainerInfo, readAt = Date.now()): ContainerSummary => {
  const labels = info.Labels;
  const ports: PublishedPort[] = [];
  for (const port of info.Ports) {
    if (port.PublicPort) {
      ports.push({
        ip: port.IP,
        hostPort: port.PublicPort,
        containerPort: port.PrivatePort,
        protocol: toProtocol(port.Type),
      });
    }
  }
  ports.sort(
    (a, b) => a.containerPort - b.containerPort || a.hostPort - b.hostPort || a.ip.localeCompare(b.ip),
  );
  const name = (info.Names[0] ?? info.Id.slice(0, 12)).replace(/^\//, '');
  return {
    id: info.Id,
    name,
    image: info.Image,
    command: info.Command,
    state: toState(info.State),
    status: info.Status,
    statusAt: readAt,
    created: info.Created,
    ports,
    labels,
    project: labels[PROJECT_LABEL] ?? null,
    service: labels[SERVICE_LABEL] ?? null,
    health: healthFromStatus(info.Status),
    exitCode: info.State === 'exited' || info.State === 'dead' ? exitCodeFromStatus(info.Status) : null,
  };
};
