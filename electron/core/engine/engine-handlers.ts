import type { CoreDeps } from '../core-deps.js';
import { BerthError } from '../errors/berth-error.js';
import type { FeatureHandlers } from '../rpc/router.js';
import { streamEngineEvents } from './engine-events-stream.js';
import { worded } from '../../../shared/contract/error-texts.js';

/** Only http(s) URLs with a host ever leave the app; everything else is refused here. */
export const parseExternalUrl = (raw: string): URL => {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new BerthError('VALIDATION', worded('invalidUrl'));
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) {
    throw new BerthError('VALIDATION', worded('onlyHttpLinks'));
  }
  return url;
};

export const engineHandlers = ({ connection, host }: CoreDeps): FeatureHandlers<'engine'> => ({
  invokes: {
    'engine.status': () => Promise.resolve(connection.status),
    'engine.retry': () => {
      connection.retryNow();
      return Promise.resolve(connection.status);
    },
    'shell.openExternal': async (req) => {
      const url = parseExternalUrl(req.url);
      const open = host.openExternal;
      if (!open) throw new BerthError('UNSUPPORTED', worded('hostOpensLinksInPage'));
      return { opened: await open(url) };
    },
    'shell.pickPath': async (req) => {
      const pick = host.pickPath;
      if (!pick) throw new BerthError('UNSUPPORTED', worded('noFilePicker'));
      return { path: await pick(req) };
    },
  },
  streams: {
    'engine.events': (req, sink) => streamEngineEvents(connection, req.types, sink),
  },
});
