import WebSocket from 'ws';

/**
 * Everything a hostile local server could try with what the browser sent it: each cookie value
 * (and the whole header) offered to Berth's WebSocket as the token subprotocol, as a Bearer
 * header and as the cookie itself, with Host and Origin forged to pass the guard (a local
 * process can send any header). Returns what each attempt got: 'open', the refusal, or 'unsendable'.
 */
export const tryCredentials = async (origin: string, cookieHeader: string): Promise<Map<string, string>> => {
  const values = cookieHeader
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .flatMap((part) => [part, part.slice(part.indexOf('=') + 1)]);
  const host = new URL(origin).host;
  const target = `${origin.replace('http:', 'ws:')}/ws`;
  const outcomes = new Map<string, string>();
  const attempt = (label: string, protocols: string[], headers: Record<string, string>): Promise<void> =>
    new Promise((resolve) => {
      let socket: WebSocket;
      try {
        socket = new WebSocket(target, protocols, { headers: { Host: host, Origin: origin, ...headers } });
      } catch {
        // Not a valid subprotocol token (`name=value` has '='): no client can offer it.
        outcomes.set(label, 'unsendable');
        resolve();
        return;
      }
      socket.once('open', () => {
        outcomes.set(label, 'open');
        socket.close();
        resolve();
      });
      socket.once('unexpected-response', (_req, res) => {
        outcomes.set(label, `refused ${res.statusCode ?? 0}`);
        res.resume();
        resolve();
      });
      socket.once('error', (err) => {
        if (!outcomes.has(label)) outcomes.set(label, `error ${err.message}`);
        resolve();
      });
    });
  for (const value of values) {
    await attempt(`subprotocol ${value}`, ['berth.v1', `berth.token.${value}`], {});
    await attempt(`bearer ${value}`, ['berth.v1'], { Authorization: `Bearer ${value}` });
  }
  await attempt('cookie header', ['berth.v1'], { Cookie: cookieHeader });
  return outcomes;
};
