import type { EngineSummary } from '../../../shared/contract/channels/engines.js';
import type { Catalogue, Translate } from '../../i18n/index.js';
import { wordEngineReason } from '../../ipc/word-error.js';
import type { messages } from './messages.js';

type T = Translate<typeof messages extends Catalogue<infer M> ? M : never>;

/** "connected", "connecting…", "unreachable: <reason>": the words next to an engine's dot. */
export const engineStatusText = (t: T, engine: EngineSummary): string => {
  const { status } = engine;
  switch (status.state) {
    case 'connected':
      return t('statusConnected');
    case 'connecting':
      return t('statusConnecting');
    case 'not-responding':
      return t('statusNotResponding', { reason: wordEngineReason(status) });
    case 'unreachable':
      return t('statusUnreachable', { reason: wordEngineReason(status) });
  }
};

/** Docker Engine, Docker Desktop or Podman; unknown until the engine has answered once. */
export const engineKindText = (t: T, engine: EngineSummary): string => {
  switch (engine.capabilities?.identity.kind) {
    case 'docker':
      return t('kindDocker');
    case 'docker-desktop':
      return t('kindDesktop');
    case 'podman':
      return t('kindPodman');
    case undefined:
      return t('kindUnknown');
  }
};

/** Where it is: the endpoint URL when known. */
export const engineEndpoint = (engine: EngineSummary): string | null => engine.status.endpoint?.url ?? null;
