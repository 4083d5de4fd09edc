import type { ContainerInspectInfo } from 'dockerode';

/** Will the engine start this container again after this death? (Not after a requested stop.) */
export const willRestart = (info: ContainerInspectInfo, exitCode: number | null): boolean => {
  const policy = info.HostConfig.RestartPolicy;
  switch (policy?.Name) {
    case 'always':
    case 'unless-stopped':
      return true;
    case 'on-failure': {
      const max = policy.MaximumRetryCount ?? 0;
      return exitCode !== 0 && (max === 0 || info.RestartCount < max);
    }
    default:
      return false;
  }
};
