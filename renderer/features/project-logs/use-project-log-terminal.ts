import { useEffect, useRef, useState, type RefObject } from 'react';
import { useClient } from '../../lib/client-context.js';
import { createLogTerminal } from '../logs/index.js';
import {
  createProjectLogSession,
  type ProjectLogSession,
  type ProjectMember,
} from './project-log-session.js';

const SCROLLBACK = 50_000;

export interface ProjectLogStatus {
  /** Lines let go because the page could not keep up. */
  readonly dropped: number;
  /** The link to Berth dropped; the logs reopen when it returns. */
  readonly lost: boolean;
}

/**
 * One xterm per effect lifetime showing the merged logs of `members`; the subscriptions follow
 * the members as they come and go. Log bytes never enter React state.
 */
export const useProjectLogTerminal = (
  host: RefObject<HTMLDivElement | null>,
  members: readonly ProjectMember[],
): ProjectLogStatus => {
  const client = useClient();
  const session = useRef<ProjectLogSession | null>(null);
  const [generation, setGeneration] = useState(0);
  const [dropped, setDropped] = useState(0);
  const [lost, setLost] = useState(false);

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const kit = createLogTerminal(element, client, SCROLLBACK);
    kit.fitNow();
    let wasLost = false;
    const current = createProjectLogSession(client, kit, {
      onLost: () => {
        wasLost = true;
        setLost(true);
      },
      onDrop: (lines) => {
        setDropped((n) => n + lines);
      },
    });
    session.current = current;
    const stopReady = client.onReady(() => {
      if (wasLost) setGeneration((g) => g + 1);
    });
    const observer = new ResizeObserver(() => {
      kit.fitNow();
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      stopReady();
      current.dispose();
      session.current = null;
      kit.dispose();
      setLost(false);
      setDropped(0);
    };
  }, [client, host, generation]);

  useEffect(() => {
    session.current?.sync(members);
  }, [members, generation]);

  return { dropped, lost };
};
