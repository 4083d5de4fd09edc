/** The health a container's status text shows, as `docker ps` prints it. */
export type HealthState = 'starting' | 'healthy' | 'unhealthy';

const HEALTH = /\((healthy|unhealthy|health: starting)\)\s*$/;
const EXITED = /^Exited \((-?\d+)\)/;

/** "Up 3 minutes (healthy)" → healthy; no health check → null. */
export const healthFromStatus = (status: string): HealthState | null => {
  const match = HEALTH.exec(status);
  if (!match) return null;
  return match[1] === 'health: starting' ? 'starting' : (match[1] as HealthState);
};

/** "Exited (3) 2 minutes ago" → 3; a running or never-started container → null. */
export const exitCodeFromStatus = (status: string): number | null => {
  const match = EXITED.exec(status);
  return match ? Number(match[1]) : null;
};

/** `health_status: unhealthy` (the engine's event action) → unhealthy. */
export const healthFromEventAction = (action: string): HealthState | null => {
  const prefix = 'health_status: ';
  if (!action.startsWith(prefix)) return null;
  const value = action.slice(prefix.length).trim();
  return value === 'healthy' || value === 'unhealthy' || value === 'starting' ? value : null;
};
