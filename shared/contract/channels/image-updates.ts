import { feature, invoke } from '../define.js';
import {
  updatesApplyRequest,
  updatesCheckRequest,
  type ImageUpdateCheck,
  type UpdateApplied,
} from '../image-updates.js';
import { onEngine } from './engines.js';

/** Check whether the registry has a newer image for a container's tag; pull and recreate keeping everything. */
const invokes = {
  'updates.check': invoke<readonly ImageUpdateCheck[]>()(onEngine(updatesCheckRequest)),
  'updates.apply': invoke<UpdateApplied>()(onEngine(updatesApplyRequest)),
} as const;

const events = {} as const;

const streams = {} as const;

export const imageUpdatesFeature = feature({ invokes, events, streams });
