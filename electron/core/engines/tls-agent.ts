import { X509Certificate } from 'node:crypto';
import { Agent, type AgentOptions, type RequestOptions } from 'node:https';
import type { Duplex } from 'node:stream';
import { connect, type ConnectionOptions, type PeerCertificate } from 'node:tls';

/** Why the engine's certificate was refused, with the names a user can compare against their files. */
export class TlsVerifyError extends Error {
  override readonly name = 'TlsVerifyError';
  /** docker-errors treats this code as "engine not reachable" and shows the message as it is. */
  readonly code = 'ECONNABORTED';
  constructor(
    message: string,
    /** OpenSSL's reason, e.g. UNABLE_TO_VERIFY_LEAF_SIGNATURE, ERR_TLS_CERT_ALTNAME_INVALID. */
    readonly reason: string,
    readonly subject: string,
  ) {
    super(message);
  }
}

const HANDSHAKE_TIMEOUT_MS = 10_000;

/**
 * An https.Agent that hands a connection to HTTP only after the engine's certificate was checked, and that explains a
 * refusal by naming the certificate's subject and issuer (and the CA it was checked against) instead of OpenSSL's
 * "unable to verify the first certificate". A refused certificate is final: nothing is retried, and never over
 * plain HTTP (the request bytes are not written until the peer is verified).
 */
export class VerifyingTlsAgent extends Agent {
  constructor(
    private readonly verify: boolean,
    options: AgentOptions = {},
  ) {
    super({ keepAlive: true, maxFreeSockets: 1, ...options });
  }

  override createConnection(
    options: RequestOptions,
    callback?: (err: Error | null, stream: Duplex) => void,
  ): Duplex | undefined {
    const done = (err: Error | null, socket?: Duplex): void => {
      // Node's agent reads the socket only when there is no error.
      callback?.(err, socket as Duplex);
    };
    // Verified by hand below, so the outcome can be explained and no byte of HTTP precedes it.
    const socket = connect({ ...(options as ConnectionOptions), rejectUnauthorized: false });
    const timer = setTimeout(() => {
      socket.destroy();
      done(
        Object.assign(
          new Error(
            `TLS handshake with ${where(options as { host?: string; port?: number })} did not finish within 10 s`,
          ),
          {
            code: 'ETIMEDOUT',
          },
        ),
      );
    }, HANDSHAKE_TIMEOUT_MS);
    socket.once('error', (err: Error) => {
      clearTimeout(timer);
      done(err);
    });
    socket.once('secureConnect', () => {
      clearTimeout(timer);
      if (!this.verify || socket.authorized) {
        done(null, socket);
        return;
      }
      const peer = socket.getPeerCertificate();
      socket.destroy();
      done(
        explainRefusal(
          options as ConnectionOptions & { host?: string; port?: number },
          peer,
          String(socket.authorizationError),
        ),
      );
    });
    return undefined;
  }
}

function explainRefusal(
  options: ConnectionOptions & { host?: string; port?: number },
  peer: PeerCertificate,
  reason: string,
): TlsVerifyError {
  const subject = dn(peer.subject);
  const issuer = dn(peer.issuer);
  const ours = caSubjects(options.ca);
  const presented = `the engine at ${where(options)} presented a certificate for "${subject}" issued by "${issuer}"`;
  switch (reason) {
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return new TlsVerifyError(
        `TLS: ${presented}, which is not valid for the name "${options.servername ?? options.host ?? ''}" (its names: ${peer.subjectaltname ?? 'none'})`,
        reason,
        subject,
      );
    case 'CERT_HAS_EXPIRED':
      return new TlsVerifyError(`TLS: ${presented}, which expired on ${peer.valid_to}`, reason, subject);
    case 'CERT_NOT_YET_VALID':
      return new TlsVerifyError(
        `TLS: ${presented}, which is valid only from ${peer.valid_from}`,
        reason,
        subject,
      );
    default:
      return new TlsVerifyError(
        `TLS: ${presented}, which ${ours ? `the CA "${ours}"` : 'no trusted CA'} did not sign (${reason}); check the context's CA certificate`,
        reason,
        subject,
      );
  }
}

function where(options: { host?: string; port?: number }): string {
  return `${options.host ?? 'localhost'}:${options.port ?? ''}`;
}

/** "CN=Berth test CA, O=…" from Node's parsed subject object. */
function dn(name: PeerCertificate['subject'] | undefined): string {
  if (!name) return 'unknown';
  return Object.entries(name)
    .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('+') : String(v)}`)
    .join(', ');
}

function caSubjects(ca: ConnectionOptions['ca']): string {
  const list = ca === undefined ? [] : Array.isArray(ca) ? ca : [ca];
  const names: string[] = [];
  for (const pem of list) {
    try {
      names.push(new X509Certificate(pem).subject.replace(/\n/g, ', '));
    } catch {
      // Not a certificate we can parse; the TLS layer already judged it.
    }
  }
  return names.join('; ');
}
