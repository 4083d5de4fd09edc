import { z } from 'zod';
import { containerRef } from './ids.js';

/** Networks Docker creates itself; they cannot be removed. */
export const BUILTIN_NETWORKS = ['bridge', 'host', 'none'] as const;

/** Drivers Berth creates networks with (overlay only on a swarm manager: see listNetworks). */
export const CREATABLE_DRIVERS = ['bridge', 'macvlan', 'ipvlan', 'overlay'] as const;
export type CreatableDriver = (typeof CREATABLE_DRIVERS)[number];

export interface NetworkSubnet {
  readonly subnet: string;
  readonly gateway: string | null;
  readonly ipRange: string | null;
}

/** A container attached to a network, with its addresses there (empty while it is stopped). */
export interface AttachedContainer {
  readonly id: string;
  readonly name: string;
  readonly state: string;
  readonly ipv4: string | null;
  readonly ipv6: string | null;
  /** The address asked for when connecting (kept across restarts), if any. */
  readonly staticIpv4: string | null;
}

export interface NetworkSummary {
  readonly id: string;
  readonly name: string;
  readonly driver: string;
  readonly scope: string;
  readonly internal: boolean;
  readonly attachable: boolean;
  readonly ipv6: boolean;
  readonly builtin: boolean;
  /** ISO time from the engine. */
  readonly created: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly subnets: readonly NetworkSubnet[];
  readonly containers: readonly AttachedContainer[];
}

export interface NetworksList {
  readonly networks: readonly NetworkSummary[];
  /** Of CREATABLE_DRIVERS, those the engine reports it has. */
  readonly drivers: readonly CreatableDriver[];
}

/** Something changed on the engine's networks (or their containers): lists refetch. */
export interface NetworksChanged {
  readonly at: number;
}

/** Docker's network name rule (same as container names, which also keeps `..`, `/` out). */
export const networkName = z
  .string()
  .regex(
    /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,127}$/,
    'must start with a letter or digit, then letters, digits, _ . -',
  );

/** A network id or name. */
export const networkRef = networkName;

const address = z.string().trim().min(2).max(64);
const cidrText = z.string().trim().min(3).max(64);

const pool = z.strictObject({
  subnet: cidrText,
  ipRange: cidrText.optional(),
  gateway: address.optional(),
});
export type AddressPool = z.infer<typeof pool>;

const labelKey = z
  .string()
  .min(1)
  .max(256)
  .regex(/^[^\s=]+$/, 'must not be empty or contain spaces or "="');
export const keyValues = z
  .record(labelKey, z.string().max(4096))
  .refine((r) => Object.keys(r).length <= 64, 'at most 64 entries');

export const createNetworkRequest = z.strictObject({
  name: networkName,
  driver: z.enum(CREATABLE_DRIVERS),
  ipv4: pool.optional(),
  /** Present: IPv6 is enabled with this subnet. */
  ipv6: pool.optional(),
  internal: z.boolean(),
  attachable: z.boolean(),
  /** Overlay only: IPsec between nodes (the `encrypted` driver option). */
  encrypted: z.boolean().optional(),
  labels: keyValues,
  options: keyValues,
});
export type CreateNetworkRequest = z.infer<typeof createNetworkRequest>;

export const connectRequest = z.strictObject({
  network: networkRef,
  container: containerRef,
  alias: z
    .string()
    .regex(/^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,62}$/, 'must be a host name of letters, digits, _ . -')
    .optional(),
  ipv4: address.optional(),
  ipv6: address.optional(),
});
export type ConnectRequest = z.infer<typeof connectRequest>;

export const disconnectRequest = z.strictObject({
  network: networkRef,
  container: containerRef,
  force: z.boolean(),
});

export const networkRefRequest = z.strictObject({ ref: networkRef });

export type NetworkInspect = Readonly<Record<string, unknown>>;
