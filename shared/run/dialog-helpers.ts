import { parsePortRange } from './port-spec.js';
import type { PortRow, RunForm } from './run-form.js';

/** What the dialog needs to know about an image to prefill the form. */
export interface ImagePrefill {
  readonly exposedPorts: readonly string[];
  readonly suggestedHostPorts: Readonly<Record<string, number>>;
}

/**
 * Prefills the image's EXPOSEd ports with the suggested free host ports, but only into a form
 * whose ports nobody has filled yet: a person's own rows are never replaced.
 */
export const applyImagePrefill = (form: RunForm, image: ImagePrefill): RunForm => {
  if (form.ports.length > 0 || image.exposedPorts.length === 0) return form;
  const ports: PortRow[] = image.exposedPorts.map((key) => {
    const [containerPort = '', proto = 'tcp'] = key.split('/');
    const suggested = image.suggestedHostPorts[key];
    return {
      hostIp: '',
      hostPort: suggested === undefined ? '' : String(suggested),
      containerPort,
      protocol: proto === 'udp' ? 'udp' : 'tcp',
    };
  });
  return { ...form, ports };
};

/** The single host ports of the form's rows worth asking about (valid, not a range). */
export const hostPortsToCheck = (
  form: RunForm,
): { row: number; hostIp: string; hostPort: number; protocol: 'tcp' | 'udp' }[] =>
  form.ports.flatMap((row, index) => {
    const range = parsePortRange(row.hostPort);
    if (typeof range === 'string' || range.start !== range.end) return [];
    return [{ row: index, hostIp: row.hostIp.trim(), hostPort: range.start, protocol: row.protocol }];
  });

export interface PortInUse {
  readonly hostPort: number;
  readonly protocol: 'tcp' | 'udp';
  readonly inUseBy: null | { readonly kind: 'container'; readonly name: string } | { readonly kind: 'host' };
}

/** A message naming the port and what holds it, or null when it is free. */
export const portInUseMessage = (check: PortInUse): string | null => {
  if (!check.inUseBy) return null;
  const port = `Host port ${check.hostPort}${check.protocol === 'udp' ? '/udp' : ''}`;
  return check.inUseBy.kind === 'container'
    ? `${port} is already published by container ${check.inUseBy.name}.`
    : `${port} is already in use on this machine.`;
};

/** `web` → `web-copy`, then `web-copy-2`…, avoiding names already taken. */
export const cloneName = (name: string, taken: ReadonlySet<string>): string => {
  const base = `${name.slice(0, 100)}-copy`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
};
