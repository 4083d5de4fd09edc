import { refRequest } from '../container-detail.js';
import { feature, invoke } from '../define.js';
import {
  imageRefRequest,
  portCheckRequest,
  runCreateRequest,
  runEditRequest,
  type ContainerForm,
  type ImageInfo,
  type LocalImage,
  type PortCheck,
  type RunCreated,
  type RunOptions,
} from '../run.js';
import { empty } from './empty.js';
import { onEngine } from './engines.js';

/** Channels for creating, editing and cloning containers (issue 4). */
const invokes = {
  /** Create (and start, if the form says so) a container; clone uses it too. */
  'run.create': invoke<RunCreated>()(onEngine(runCreateRequest)),
  /** Replace a container transactionally: a failure leaves the original untouched. */
  'run.edit': invoke<RunCreated>()(onEngine(runEditRequest)),
  'run.checkPorts': invoke<readonly PortCheck[]>()(onEngine(portCheckRequest)),
  'run.imageDefaults': invoke<ImageInfo>()(onEngine(imageRefRequest)),
  'run.fromContainer': invoke<ContainerForm>()(onEngine(refRequest)),
  'run.localImages': invoke<readonly LocalImage[]>()(onEngine(empty)),
  'run.options': invoke<RunOptions>()(onEngine(empty)),
} as const;

const events = {} as const;

const streams = {} as const;

export const runFeature = feature({ invokes, events, streams });
