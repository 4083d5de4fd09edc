import { create } from 'zustand';
import type { EngineStatus } from '../../../shared/contract/engine.js';
import type { LinkStatus } from '../../ipc/port.js';

export type UnreachableStatus = Extract<EngineStatus, { state: 'unreachable' }>;

export interface EngineState {
  /** Null until the backend first tells us. */
  readonly status: EngineStatus | null;
  readonly everConnected: boolean;
  /**
   * The latest failure before the first successful connection. Kept while a retry is
   * "connecting", so the unreachable screen does not flicker on every attempt.
   */
  readonly firstFailure: UnreachableStatus | null;
  /** The page's link to Berth's backend (not the engine). */
  readonly link: LinkStatus;
}

const initialState: EngineState = {
  status: null,
  everConnected: false,
  firstFailure: null,
  link: { state: 'connecting' },
};

export const useEngineStore = create<EngineState>()(() => initialState);

export const applyEngineStatus = (status: EngineStatus): void => {
  useEngineStore.setState((s) => {
    // Not responding is a state of a connection that was made: the lists exist, the banner says why.
    const everConnected =
      s.everConnected || status.state === 'connected' || status.state === 'not-responding';
    const firstFailure = everConnected ? null : status.state === 'unreachable' ? status : s.firstFailure;
    return { status, everConnected, firstFailure };
  });
};

export const applyLinkStatus = (link: LinkStatus): void => {
  useEngineStore.setState({ link });
};

export const resetEngineStore = (): void => {
  useEngineStore.setState(initialState, true);
};
