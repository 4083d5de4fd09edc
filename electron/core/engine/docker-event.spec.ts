import { describe, expect, it } from 'vitest';
import { toEngineEvent } from './docker-event.js';

describe('engine events', () => {
  it('reads a Docker volume event (the name is the Actor ID)', () => {
    expect(
      toEngineEvent({
        Type: 'volume',
        Action: 'create',
        Actor: { ID: 'data', Attributes: { driver: 'local' } },
        scope: 'local',
        time: 1796529073,
        timeNano: 1796529073766493000,
      }),
    ).toMatchObject({ type: 'volume', action: 'create', id: 'data', name: null });
  });

  it('reads a Podman 4.3 volume event (empty Actor ID, the name in the attributes)', () => {
    // Captured from `podman system service` 4.3.1 on `docker volume create berth-ev-vol`.
    const raw = JSON.parse(
      '{"status":"create","Type":"volume","Action":"create","Actor":{"ID":"","Attributes":{"containerExitCode":"0","image":"","name":"berth-ev-vol","podId":""}},"scope":"local","time":1796529073,"timeNano":1796529073766493117}',
    ) as unknown;
    expect(toEngineEvent(raw)).toMatchObject({
      type: 'volume',
      action: 'create',
      id: 'berth-ev-vol',
      name: 'berth-ev-vol',
    });
  });

  it('keeps an empty id for other types', () => {
    expect(
      toEngineEvent({ Type: 'network', Action: 'x', Actor: { ID: '', Attributes: { name: 'n' } } })?.id,
    ).toBe('');
  });
});
