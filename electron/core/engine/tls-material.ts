/**
 * TLS for a tcp:// endpoint, from DOCKER_CERT_PATH or a context's store. File contents (PEM),
 * read at resolve time so a later reconnect does not depend on the files still being there.
 */
export interface TlsMaterial {
  readonly ca?: string;
  readonly cert?: string;
  readonly key?: string;
  readonly verify: boolean;
}
