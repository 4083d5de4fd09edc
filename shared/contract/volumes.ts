import { z } from 'zod';
import { containerPath } from './files.js';

/** Docker's own rule for volume names. */
export const VOLUME_NAME_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

export const volumeName = z
  .string()
  .max(255)
  .regex(
    VOLUME_NAME_PATTERN,
    'A volume name is at least 2 characters of letters, digits, _ . - (starting with a letter or digit).',
  );

/** Volume drivers are plugin references such as `local` or `vieux/sshfs:latest`. */
const driverName = z
  .string()
  .max(128)
  .regex(/^[a-zA-Z0-9][a-zA-Z0-9_.:/-]*$/, 'A driver name is letters, digits and _ . : / -.');

const mapKey = z
  .string()
  .min(1)
  .max(256)
  .regex(/^[^=\0\s][^=\0]*$/, 'Keys must not be empty, start with a space, or contain = or NUL.');
const mapValue = z
  .string()
  .max(4096)
  .regex(/^[^\0]*$/, 'Values must not contain NUL bytes.');

const stringMap = z
  .record(mapKey, mapValue)
  .refine((map) => Object.keys(map).length <= 64, 'At most 64 entries.');

export const volumeRequest = z.strictObject({ name: volumeName });

export const volumeCreateRequest = z.strictObject({
  name: volumeName,
  driver: driverName,
  driverOpts: stringMap,
  labels: stringMap,
});

/** A path inside the volume, `/` being its root. */
export const volumePathRequest = z.strictObject({ name: volumeName, path: containerPath });

export const volumeDownloadRequest = z.strictObject({
  name: volumeName,
  path: containerPath,
  format: z.enum(['raw', 'tar']),
});

export const volumeImportRequest = z.strictObject({ name: volumeName, driver: driverName });

export interface VolumeUser {
  readonly id: string;
  readonly name: string;
  readonly state: string;
}

export interface VolumeSummary {
  readonly name: string;
  readonly driver: string;
  readonly mountpoint: string;
  readonly scope: string;
  /** Epoch ms; null when the driver does not say. */
  readonly created: number | null;
  readonly labels: Readonly<Record<string, string>>;
  /** Containers (any state) that mount it; Berth's own helpers are left out. */
  readonly usedBy: readonly VolumeUser[];
}

/** `/system/df`'s UsageData per volume; size -1 (or absent) when the engine does not know. */
export interface VolumeUsage {
  readonly name: string;
  readonly size: number | null;
  readonly refCount: number | null;
}

export interface VolumesChanged {
  /** Volumes whose events arrived (created, destroyed, mounted…); the list is fetched afresh. */
  readonly names: readonly string[];
}

export type VolumeInspect = Readonly<Record<string, unknown>>;

export interface VolumeImportResult {
  readonly name: string;
  readonly entries: number;
  readonly bytes: number;
}

/** Largest tar accepted by an import. */
export const IMPORT_MAX_BYTES = 64 * 1024 * 1024 * 1024;
