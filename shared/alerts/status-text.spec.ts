import { describe, expect, it } from 'vitest';
import { exitCodeFromStatus, healthFromEventAction, healthFromStatus } from './status-text.js';
import { isMuted } from './mutes.js';

describe('status text', () => {
  it('reads the health docker ps shows', () => {
    expect(healthFromStatus('Up 3 seconds (health: starting)')).toBe('starting');
    expect(healthFromStatus('Up 2 minutes (healthy)')).toBe('healthy');
    expect(healthFromStatus('Up 2 minutes (unhealthy)')).toBe('unhealthy');
    expect(healthFromStatus('Up 2 minutes')).toBeNull();
    expect(healthFromStatus('Up 2 minutes (Paused)')).toBeNull();
  });

  it('reads the exit code of a stopped container', () => {
    expect(exitCodeFromStatus('Exited (3) 2 minutes ago')).toBe(3);
    expect(exitCodeFromStatus('Exited (137) About a minute ago')).toBe(137);
    expect(exitCodeFromStatus('Up 1 second')).toBeNull();
    expect(exitCodeFromStatus('Created')).toBeNull();
  });

  it('reads health event actions', () => {
    expect(healthFromEventAction('health_status: unhealthy')).toBe('unhealthy');
    expect(healthFromEventAction('health_status: healthy')).toBe('healthy');
    expect(healthFromEventAction('exec_start: sh -c true')).toBeNull();
  });
});

describe('isMuted', () => {
  const settings = { enabled: true, mutedContainers: ['db'], mutedProjects: ['shop'] };
  it('mutes by container name, by project and globally, and nothing else', () => {
    expect(isMuted({ id: '1', name: 'db', project: null }, settings)).toBe(true);
    expect(isMuted({ id: '2', name: 'web', project: 'shop' }, settings)).toBe(true);
    expect(isMuted({ id: '3', name: 'web', project: 'blog' }, settings)).toBe(false);
    expect(isMuted({ id: '4', name: 'x', project: null }, { ...settings, enabled: false })).toBe(true);
  });
});
