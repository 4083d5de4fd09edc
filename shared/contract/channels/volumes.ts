import { event, feature, invoke } from '../define.js';
import type { DirListing, FilePreview } from '../files.js';
import type { TransferTicket } from '../transfers.js';
import {
  volumeCreateRequest,
  volumeDownloadRequest,
  volumeImportRequest,
  volumePathRequest,
  volumeRequest,
  type VolumeInspect,
  type VolumesChanged,
  type VolumeSummary,
  type VolumeUsage,
} from '../volumes.js';
import { empty } from './empty.js';
import { onEngine } from './engines.js';

/** Channels for volumes (issue 6). */
const invokes = {
  'volumes.list': invoke<readonly VolumeSummary[]>()(onEngine(empty)),
  /** Sizes from `/system/df`: slower than the list (the engine walks each volume), so separate. */
  'volumes.usage': invoke<readonly VolumeUsage[]>()(onEngine(empty)),
  'volumes.create': invoke<VolumeSummary>()(onEngine(volumeCreateRequest)),
  'volumes.inspect': invoke<VolumeInspect>()(onEngine(volumeRequest)),
  /** Never forced: a volume in use is refused with the containers that use it. */
  'volumes.remove': invoke<{ readonly name: string }>()(onEngine(volumeRequest)),
  'volumes.browse': invoke<DirListing>()(onEngine(volumePathRequest)),
  'volumes.preview': invoke<FilePreview>()(onEngine(volumePathRequest)),
  'volumes.download': invoke<TransferTicket>()(onEngine(volumeDownloadRequest)),
  /** A tar of the whole volume, paths relative to its root. */
  'volumes.export': invoke<TransferTicket>()(onEngine(volumeRequest)),
  /** An upload ticket; the upload creates the volume and unpacks the tar into it. */
  'volumes.import': invoke<TransferTicket>()(onEngine(volumeImportRequest)),
} as const;

const events = {
  'volumes.changed': event<VolumesChanged>(),
} as const;

const streams = {} as const;

export const volumesFeature = feature({ invokes, events, streams });
