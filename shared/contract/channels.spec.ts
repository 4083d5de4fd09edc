import { describe, expect, it } from 'vitest';
import { channelGroups, events, invokes, streams } from './channels.js';

const countKeys = (pick: 0 | 1 | 2): number =>
  channelGroups.reduce((n, group) => n + Object.keys(group[pick]).length, 0);

describe('channel groups', () => {
  // Spreading groups would let a later feature silently replace an earlier one's channel.
  it('declare every channel name once', () => {
    expect(Object.keys(invokes)).toHaveLength(countKeys(0));
    expect(Object.keys(events)).toHaveLength(countKeys(1));
    expect(Object.keys(streams)).toHaveLength(countKeys(2));
  });

  it('name channels feature.verb', () => {
    for (const name of [...Object.keys(invokes), ...Object.keys(events), ...Object.keys(streams)]) {
      expect(name).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
    }
  });
});
