import type { SystemInfo } from '../../../shared/contract/system.js';
import type { EngineConnection } from '../engine/engine-connection.js';
import { num, obj, str } from '../../../shared/json/readers.js';
import { engineInfo, engineVersion } from '../engine/docker-calls.js';

export const systemInfo = async (connection: EngineConnection): Promise<SystemInfo> => {
  const [rawInfo, version] = await connection.call((client, signal) =>
    Promise.all([engineInfo(client, signal), engineVersion(client, signal)]),
  );
  const info = obj(rawInfo);
  return {
    name: str(info.Name),
    engineVersion: str(info.ServerVersion) || version.Version,
    apiVersion: version.ApiVersion,
    os: str(info.OperatingSystem),
    osType: str(info.OSType),
    kernel: str(info.KernelVersion),
    arch: str(info.Architecture),
    cpus: num(info.NCPU),
    memory: num(info.MemTotal),
    storageDriver: str(info.Driver),
    rootDir: str(info.DockerRootDir),
    containers: {
      total: num(info.Containers),
      running: num(info.ContainersRunning),
      paused: num(info.ContainersPaused),
      stopped: num(info.ContainersStopped),
    },
    images: num(info.Images),
  };
};
