import { event, feature, invoke } from '../define.js';
import { settingsUpdateRequest, type Settings } from '../../settings/settings.js';
import { empty } from './empty.js';

/** Berth's settings, one file for every window (issue 19; alerts, logs and engines keep theirs here). */
const invokes = {
  'settings.get': invoke<Settings>()(empty),
  /** Changes some fields of one section; refused whole if any value is bad. */
  'settings.update': invoke<Settings>()(settingsUpdateRequest),
} as const;

const events = {
  /** Any window (or the tray) changed a setting: every window applies it. */
  'settings.changed': event<Settings>(),
} as const;

export const settingsFeature = feature({ invokes, events, streams: {} });
