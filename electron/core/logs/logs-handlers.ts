import { rmSync } from 'node:fs';
import type { CoreDeps } from '../core-deps.js';
import { BerthError } from '../errors/berth-error.js';
import { toDisposable } from '../rpc/disposable.js';
import type { FeatureHandlers } from '../rpc/router.js';
import { ownSpoolFolder, spoolRoot, sweepSpools } from './spool/spool-folder.js';
import { SpoolSession } from './spool/spool-session.js';
import { worded } from '../../../shared/contract/error-texts.js';

/**
 * The log explorer's channels. Sessions belong to the client that opened them: another window
 * (or WebSocket) that somehow learned an id still gets "not found".
 */
export const logsHandlers = ({
  connection,
  containers,
  transfers,
  dataDir,
  disposables,
}: CoreDeps): FeatureHandlers<'logs'> => {
  // On start: what a killed Berth left behind goes now, not when a view next opens.
  sweepSpools(spoolRoot(dataDir));
  let folder: string | null = null;
  const sessions = new Map<string, { readonly client: string; readonly session: SpoolSession }>();
  // Created on first use: a Berth that never opens the explorer writes nothing.
  const root = (): string => (folder ??= ownSpoolFolder(dataDir));
  disposables.add(
    toDisposable(() => {
      for (const { session } of [...sessions.values()]) session.dispose();
      if (folder) rmSync(folder, { recursive: true, force: true });
    }),
  );
  const session = (clientId: string, id: string): SpoolSession => {
    const entry = sessions.get(id);
    if (entry?.client !== clientId) throw new BerthError('NOT_FOUND', worded('logViewClosed'));
    return entry.session;
  };
  return {
    invokes: {
      'logs.lines': (req, ctx) =>
        Promise.resolve(session(ctx.clientId, req.session).lines(req.from, req.count, req.view)),
      'logs.locate': (req, ctx) =>
        Promise.resolve({ line: session(ctx.clientId, req.session).spool.locate(req.time) }),
      'logs.step': (req, ctx) => {
        const s = session(ctx.clientId, req.session);
        return Promise.resolve({
          line: s.search(req.search).matches.step(req.line, req.direction, s.spool.first),
        });
      },
      'logs.row': (req, ctx) =>
        Promise.resolve({
          row: session(ctx.clientId, req.session).search(req.search).view(req.context).rowOf(req.line),
        }),
      'logs.export': (req, ctx) => {
        const s = session(ctx.clientId, req.session);
        s.search(req.search);
        return Promise.resolve(
          transfers.offerDownload({
            filename: 'log-matches.txt',
            contentType: 'text/plain; charset=utf-8',
            open: () => Promise.resolve(s.exportMatches(req.search, req.context)),
          }),
        );
      },
    },
    streams: {
      'logs.spool': (req, sink, ctx) => {
        const opened: SpoolSession = new SpoolSession(root(), connection, containers, req, sink, () => {
          sessions.delete(opened.id);
        });
        sessions.set(opened.id, { client: ctx.clientId, session: opened });
        return opened;
      },
      'logs.search': (req, sink, ctx) => session(ctx.clientId, req.session).startSearch(req.query, sink),
    },
  };
};
