import { parseIp } from '../networks/ip-address.js';
import { lines } from './run-form.js';

/** The value `--add-host` takes instead of an address: the engine puts the host's gateway IP there. */
export const HOST_GATEWAY = 'host-gateway';

export type ExtraHostResult =
  | { readonly ok: true; readonly host: string; readonly ip: string; readonly entry: string }
  | { readonly ok: false; readonly message: string };

/**
 * One `--add-host` value as the docker CLI reads it (ValidateExtraHost): `name=ip` or `name:ip`
 * (split at the first `=`, else at the first `:`, so IPv6 needs no brackets), an address
 * optionally in brackets, `host-gateway`. `entry` is the `name:ip` form the engine's API takes.
 */
export const parseExtraHost = (text: string): ExtraHostResult => {
  let sep = text.indexOf('=');
  if (sep < 0) sep = text.indexOf(':');
  const host = sep < 0 ? '' : text.slice(0, sep);
  if (sep < 0 || host === '' || host.includes(':')) {
    return {
      ok: false,
      message: `"${text}" is not host:ip or host=ip (e.g. db.local:10.0.0.5, gw:host-gateway).`,
    };
  }
  let ip = text.slice(sep + 1);
  if (ip !== HOST_GATEWAY) {
    if (ip.length > 2 && ip.startsWith('[') && ip.endsWith(']')) ip = ip.slice(1, -1);
    // As the CLI's ValidateIPAddress: surrounding blanks are forgiven when checking.
    if (!parseIp(ip.trim()))
      return { ok: false, message: `"${text}" is not host:ip: "${ip}" is not an IP address.` };
  }
  return { ok: true, host, ip, entry: `${host}:${ip}` };
};

/**
 * The form's extra hosts as the engine's API takes them (`name:ip`, no `=` or brackets), which
 * is also what the CLI sends for the lines as typed.
 */
export const extraHostEntries = (text: string): string[] =>
  lines(text).map((line) => {
    const parsed = parseExtraHost(line);
    return parsed.ok ? parsed.entry : line;
  });
