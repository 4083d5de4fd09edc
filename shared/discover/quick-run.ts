import { parseReference } from '../images/reference.js';
import { emptyForm, type MountRow, type PortRow, type RunForm } from '../run/run-form.js';

/** What Kitematic's defaults need to know about an image. */
export interface QuickRunImage {
  /** `80/tcp`, as the image EXPOSEs them. */
  readonly exposedPorts: readonly string[];
  /** Paths the image declares with VOLUME. */
  readonly volumes: readonly string[];
}

const MAX_BASE = 60;

/** Letters, digits, `_ . -`, starting with a letter or digit: a name Docker takes. */
const slug = (text: string): string =>
  text
    .replace(/[^a-zA-Z0-9_.-]+/g, '-')
    .replace(/^[^a-zA-Z0-9]+/, '')
    .replace(/-+$/, '')
    .slice(0, MAX_BASE);

/** `127.0.0.1:5000/team/web:1.2` → `web`; Docker Hub's `library/nginx` → `nginx`. */
export const baseNameOf = (image: string): string => {
  const parsed = parseReference(image);
  const path = parsed.ok ? parsed.reference.path : image;
  const last = path.split('/').pop() ?? '';
  return slug(last) || 'container';
};

/** `base`, else `base-2`, `base-3`… : the first not taken. */
export const uniqueName = (base: string, taken: ReadonlySet<string>): string => {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
};

/** `/var/lib/data` → `var-lib-data`; `/` → `root`. */
const pathSlug = (path: string): string => slug(path.replace(/\//g, '-')) || 'root';

/**
 * Kitematic's one-click defaults as a run form: a name from the image (suffixed when taken),
 * every EXPOSEd port published on 127.0.0.1 with the host port left to the engine, every VOLUME
 * a new named volume (`<name>-<path>`, suffixed when a volume of that name exists), started.
 */
export const quickRunForm = (
  image: string,
  info: QuickRunImage,
  taken: { readonly containers: ReadonlySet<string>; readonly volumes: ReadonlySet<string> },
): RunForm => {
  const name = uniqueName(baseNameOf(image), taken.containers);
  const ports: PortRow[] = info.exposedPorts.map((key) => {
    const [containerPort = '', protocol = 'tcp'] = key.split('/');
    return { hostIp: '127.0.0.1', hostPort: '', containerPort, protocol: protocol === 'udp' ? 'udp' : 'tcp' };
  });
  const usedVolumes = new Set(taken.volumes);
  const mounts: MountRow[] = info.volumes.map((target) => {
    const source = uniqueName(`${name}-${pathSlug(target)}`, usedVolumes);
    usedVolumes.add(source);
    return { kind: 'volume', source, target, readOnly: false };
  });
  return { ...emptyForm(image), name, ports, mounts, start: true };
};

/** `http://127.0.0.1:49153/` for the first published TCP port, as the engine bound it. */
export const publishedUrl = (
  ports: readonly { readonly hostIp: string; readonly hostPort: number; readonly protocol: string }[],
): string | null => {
  const tcp = ports.find((p) => p.protocol === 'tcp' && p.hostPort > 0);
  if (!tcp) return null;
  const host = tcp.hostIp === '' || tcp.hostIp === '0.0.0.0' ? '127.0.0.1' : tcp.hostIp;
  return `http://${host.includes(':') ? `[${host}]` : host}:${tcp.hostPort}/`;
};
