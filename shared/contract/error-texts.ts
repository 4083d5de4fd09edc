import type { ErrorText, TextParams } from './errors.js';

/**
 * The English words of the errors the backend means to show, by key. The backend sends the key and
 * its parameters beside this English text (kept for logs and as the fallback); the renderer's
 * `errors` catalogue words the key in the reader's language and must cover every key here.
 * `{{name}}` is a parameter; a numeric `count` picks `_one` (1) or `_other` (any other number).
 */
export const errorTexts = {
  cancelled: 'Cancelled.',
  shuttingDown: 'Berth is shutting down.',
  internal: 'Unexpected error in the backend.',
  engineNotResponding: 'The engine is not responding.',
  engineNoAnswerWithin: 'The engine is not responding (no answer within {{seconds}} s).',
  engineUnreachable: 'The engine is not reachable: {{detail}}',
  engineSocketDenied: 'The engine is not reachable: permission denied on the engine socket',
  engineConnecting: 'The engine is connecting.',
  engineNotConnected: 'The engine is not connected.',
  invalidRequest: 'Invalid request.',
  invalidRequestAt: 'Invalid request: {{path}}: {{detail}}',
  unknownChannel: 'Unknown channel "{{channel}}".',
  channelNotRouted: '“{{channel}}” cannot be sent to engine “{{engine}}” yet.',
  streamTakesNoInput: 'Stream "{{channel}}" takes no input.',
  malformedMessage: 'Malformed message ({{where}}).',
  invalidUrl: 'Not a valid URL.',
  onlyHttpLinks: 'Only http and https links can be opened.',
  hostOpensLinksInPage: 'This host opens links in the page itself.',
  noFilePicker: 'This host has no file picker: type the path.',
  taskStillRunning: 'The task is still running: cancel it first.',
  noSuchTask: 'No such task (it may have been dismissed).',
  volumeExists: 'A volume named {{name}} already exists.',
  volumeExistsImport: 'A volume named {{name}} already exists: import into a new name.',
  volumeInUse_one: 'Volume {{name}} is in use by container {{users}}: remove it first.',
  volumeInUse_other: 'Volume {{name}} is in use by containers {{users}}: remove them first.',
  archiveEntryOutside: 'The archive has an entry outside the volume: {{entry}}',
  archiveHardLinkOutside: 'The archive has a hard link outside the volume: {{entry}}',
  archiveEntryType:
    'The archive has a {{type}} entry ({{entry}}); volumes take files, folders and links only.',
  archiveUnreadable: 'Not a readable tar archive: {{detail}}',
  archiveCutShort: 'The archive was cut short.',
  uploadWrongSize: 'The upload was not {{size}} bytes long.',
  notAFolder: '{{path}} is not a folder.',
  notInArchive: "{{path}} was not in the engine's archive.",
  imageInUse_one: '{{ref}} is used by container {{users}}: remove it first.',
  imageInUse_other: '{{ref}} is used by containers {{users}}: remove them first.',
  pushDigest: 'Push a tag, not a digest.',
  pushNoLocalImage: 'There is no local image {{ref}} to push: tag one with that name first.',
  progressStreamClosed: 'The engine closed the progress stream before it ended.',
  loadCancelled: 'The load was cancelled.',
  loginFailed: 'Login to {{registry}} failed: wrong user name or password.',
  pathHasNul: 'The path must not contain NUL bytes.',
  projectNoContainers: 'No containers of project {{project}} (it may have been removed).',
  projectRunning_one:
    'Project {{project}} has {{count}} running container: stop it first, or confirm to stop and remove it.',
  projectRunning_other:
    'Project {{project}} has {{count}} running containers: stop it first, or confirm to stop and remove it.',
  contextExists: 'Context "{{name}}" already exists.',
  contextMissing: 'No engine "{{id}}" (its context may have been removed).',
  serviceExists: 'A service named {{name}} already exists.',
  noService: 'There is no service {{ref}}.',
  noStack: 'There is no stack {{name}}.',
  noNode: 'There is no node {{id}}.',
  alreadyInSwarm: 'This engine is already part of a swarm.',
  serviceRenamed: 'A service cannot be renamed.',
  serviceChanged: 'The service changed meanwhile; look at it again and retry.',
  cannotRead: 'Cannot read {{path}}: {{detail}}.',
  cannotReadFolder: 'Cannot read the folder {{path}}: {{detail}}.',
  contextNotAbsolute: 'The context folder must be an absolute path, got "{{path}}".',
  contextFolderMissing: 'The context folder {{path}} does not exist.',
  contextNotFolder: 'The context {{path}} is not a folder.',
  dockerfileMissing: 'The Dockerfile {{path}} does not exist.',
  dockerfileNotFile: 'The Dockerfile {{path}} is not a file.',
  fileTooLarge: '{{path}} is larger than {{max}} bytes.',
  fileProblem: '{{path}}: {{detail}}',
  contextReadTimeout:
    'Reading {{path}} took longer than {{seconds}} s: is it the folder you meant? A .dockerignore can leave large folders out.',
  engineNotAStream: 'The engine answered with something that is not a stream.',
  buildCancelled: 'The build was cancelled.',
  contextUnreadable: 'Could not read the context: {{detail}}',
  buildStepFailed: 'Step {{index}}/{{total}} failed: {{detail}}',
  buildFailed: 'The build failed: {{detail}}',
  buildStreamBroke: 'The build stream broke off: {{detail}}',
  buildNoImage: 'The build ended without producing an image.',
  loadStreamBroke: 'The load broke off: {{detail}}',
  loadFailed: 'The load failed.',
  pathNotAbsolute: 'Enter an absolute path (starting with /), not "{{path}}".',
  noSuchFile: 'No such file: {{path}}',
  mayNotRead: 'Berth may not read {{path}}.',
  cannotOpen: 'Cannot open {{path}}: {{detail}}',
  composeFileIsFolder: '{{path}} is a folder: choose the compose file itself.',
  composeFileNotRegular: '{{path}} is not a regular file: choose the compose file itself.',
  cannotRun: 'Could not run {{file}}: {{detail}}',
  processKilled: '{{what}} was killed ({{signal}}).',
  processKilledOutput: '{{what}} was killed ({{signal}}):\n{{output}}',
  processExited: '{{what}} exited with code {{code}}.',
  processExitedOutput: '{{what}} exited with code {{code}}:\n{{output}}',
  composeCliMissing:
    'No compose CLI found. Install the Docker Compose v2 plugin (`docker compose`) or the standalone `docker-compose`, then try again. Tried: {{tried}}.',
  registryHasNoCatalog: '{{registry}} has no catalog ({{detail}}).',
  registryHasNoRepository: '{{registry}} has no repository {{repository}} ({{detail}}).',
  registryHasNoManifest: '{{registry}} has no {{repository}}:{{reference}} ({{detail}}).',
  registryHasNoConfig: '{{registry}} has no config of {{repository}}@{{digest}} ({{detail}}).',
  registryDeniedCatalog: '{{registry}} denied access to catalog ({{detail}}).',
  registryDeniedRepository: '{{registry}} denied access to repository {{repository}} ({{detail}}).',
  registryDeniedManifest: '{{registry}} denied access to {{repository}}:{{reference}} ({{detail}}).',
  registryDeniedConfig: '{{registry}} denied access to the config of {{repository}}@{{digest}} ({{detail}}).',
  registryFailedCatalog: '{{registry}} could not give catalog: {{detail}}.',
  registryFailedRepository: '{{registry}} could not give repository {{repository}}: {{detail}}.',
  registryFailedManifest: '{{registry}} could not give {{repository}}:{{reference}}: {{detail}}.',
  registryFailedConfig: '{{registry}} could not give the config of {{repository}}@{{digest}}: {{detail}}.',
  registryNotJsonCatalog: '{{registry}} answered the catalog with something that is not JSON.',
  registryNotJsonTags: '{{registry}} answered the tags of {{repository}} with something that is not JSON.',
  registryNotJsonConfig:
    '{{registry}} answered the config of {{repository}} with something that is not JSON.',
  registryNotJsonManifest:
    '{{registry}} answered the manifest of {{repository}} with something that is not JSON.',
  registryShapeCatalog: '{{registry}} answered the catalog in a shape Berth does not read.',
  registryShapeTags: '{{registry}} answered the tags of {{repository}} in a shape Berth does not read.',
  registryShapeConfig: '{{registry}} answered the config of {{repository}} in a shape Berth does not read.',
  registryNoCatalog: '{{registry}} does not list its repositories (no /v2/_catalog).',
  registryImageManifestUnread:
    '{{registry}} answered an image manifest of {{repository}} Berth does not read.',
  registryManifestListUnread: '{{registry}} answered a manifest list of {{repository}} Berth does not read.',
  registryManifestTypeUnread:
    '{{repository}}:{{tag}} on {{registry}} is a {{type}} Berth does not read (schema 1?).',
  registryNoTag: '{{registry}} has no tag {{repository}}:{{tag}}.',
  registryMalformedDigest: '{{registry}} named {{repository}}:{{tag}} by a malformed digest.',
  registryNoDeletes: '{{registry}} does not allow deleting images (deletes are turned off there).',
  registryNoLongerHas: '{{registry}} no longer has {{repository}}:{{tag}}.',
  registryDeleteRefused: '{{registry}} refused to delete {{repository}}:{{tag}}: {{detail}}.',
  registryNoKnownSignIn: '{{registry}} refused the request and asked for no known sign-in.',
  registryRefusedConfigCredentials:
    '{{registry}} refused the credentials in the docker config: log in again.',
  registryTokenNoRealm: '{{registry}} asked for a token without saying where from.',
  registryTokenRealmNotUrl: '{{registry}} named a token server that is not a URL.',
  registryTokenRealmHttp: '{{registry}} named a token server over plain HTTP: refused.',
  registryTokenRefused: "{{registry}}'s token server refused the credentials: log in again.",
  registryTokenStatus: "{{registry}}'s token server answered {{status}}.",
  registryTokenNone: "{{registry}}'s token server answered no token.",
  registryNoAnswerWithin: '{{registry}} did not answer within {{seconds}} s.',
  cannotReach: 'Cannot reach {{registry}}: {{detail}}.',
  registryAsksCredentials: '{{registry}} asks for credentials: log in to it first.',
  imageNotPulled: '{{image}} is not pulled yet.',
  registryTokenNoPlace: 'The registry asked for a token but named no place to get one.',
  registryRefusedSaved: 'The registry refused the saved credentials.',
  registryUnreachable: 'Could not reach the registry {{registry}}: {{detail}}',
  loginToCheckUpdates: 'Log in to {{registry}} to check for updates.',
  registryNoLongerImage: 'The registry has no {{image}} any more.',
  registryNoDigest: 'The registry {{registry}} answered {{status}} without a digest.',
  pullFailed: 'The pull of {{image}} failed.',
  engineNoImageId: 'The engine did not say which image it made.',
  engineNoExportStream: 'The engine sent no export stream.',
  engineNoArchiveStream: 'The engine sent no archive stream.',
  archiveUnreadableFromEngine: 'The engine sent an unreadable archive: {{detail}}',
  fileIsFolder: '{{path}} is a folder: open it, or download it as a tar.',
  fileIsSymlink: '{{path}} is a symbolic link to {{target}}.',
  fileNotRegular: '{{path}} is not a regular file.',
  helperImageFailed: "Could not build Berth's helper image: {{detail}}",
  registryMissing: '{{what}} does not exist in {{registry}} (manifest unknown): check the name and tag.',
  registryNeedsLogin:
    '{{registry}} refused access without valid credentials: log in to {{registry}}. ({{said}})',
  registryRefused: 'Cannot reach the registry {{registry}}: nothing answers there (connection refused).',
  registryNoHost: 'Cannot reach the registry {{registry}}: no such host (the name does not resolve).',
  registryOffline: 'Cannot reach the registry {{registry}}: the network does not answer ({{said}}).',
  registryPlainHttp:
    '{{registry}} speaks plain HTTP: the engine only allows that for loopback or registries listed in its insecure-registries.',
  failedWithoutMessage: '{{what}} failed without a message from the engine.',
  hubUnreachable:
    'Docker Hub cannot be reached from the engine (it looks offline): search needs the engine to reach index.docker.io. Pulling from a local registry still works.',
  hubSearchFailed: 'Docker Hub search failed: {{detail}}',
  imageInUseNothingRemoved_one:
    '{{ref}} is used by container {{users}}: remove it first (nothing was removed).',
  imageInUseNothingRemoved_other:
    '{{ref}} is used by containers {{users}}: remove them first (nothing was removed).',
  logViewClosed: 'That log view is closed.',
  invalidNetwork: 'Invalid network.',
  credHelperNameInvalid: 'The credential helper name "{{name}}" in config.json is not valid.',
  credHelperTimeout: 'The credential helper {{binary}} did not answer within {{seconds}} s.',
  credHelperNotOnPath:
    'The credential helper {{binary}} is configured in the docker config but was not found on PATH: install it or change the docker config.',
  credHelperCannotRun: 'Cannot run the credential helper {{binary}}: {{detail}}',
  credHelperFailed: '{{binary}} {{action}} failed: {{detail}}',
  credHelperNotJson: '{{binary}} get did not answer with JSON.',
  credHelperNoSecret: '{{binary}} get answered without Username and Secret.',
  dockerConfigUnreadable: 'Cannot read {{path}}: {{detail}}',
  dockerConfigNotJson: '{{path}} is not valid JSON: fix or remove it.',
  dockerConfigNotObject: '{{path}} does not hold a JSON object.',
  joinNetworksFailed: 'Joining the other networks failed: {{detail}}',
  editAutoRemove:
    'This container was started with auto-remove (--rm): stopping it to apply the change would delete it. Clone it instead.',
  containerNameTaken: 'The name "{{name}}" is already in use by another container.',
  editRenameFailed: 'The change was applied, but renaming {{from}} to {{to}} failed: {{detail}}',
  serviceRemoved: 'The service {{name}} was removed.',
  serviceGlobal: '{{name}} is a global service: it runs one task per node.',
  serviceNoPrevious: '{{name}} has no previous version to roll back to.',
  dockerCliMissingStacks: 'The docker CLI is not installed; stacks need `docker stack`.',
  noSecret: 'There is no secret {{ref}}.',
  noConfig: 'There is no config {{ref}}.',
  secretEmpty: 'A secret cannot be empty.',
  configEmpty: 'A config cannot be empty.',
  secretExists: 'A secret named {{name}} already exists.',
  configExists: 'A config named {{name}} already exists.',
  secretInUse_one: 'The secret {{name}} is used by service {{users}}: remove it from that service first.',
  secretInUse_other: 'The secret {{name}} is used by services {{users}}: remove it from them first.',
  configInUse_one: 'The config {{name}} is used by service {{users}}: remove it from that service first.',
  configInUse_other: 'The config {{name}} is used by services {{users}}: remove it from them first.',
  notInSwarm: 'This engine is not in a swarm: initialise one (Swarm → Initialise) first.',
  swarmWorker: 'This engine is a swarm worker; services, nodes and secrets are managed from a manager.',
  uploadTooLarge: 'The upload is larger than {{max}} bytes.',
  volumeInUseBy: 'Volume {{name}} is in use by {{users}}.',
  volumeInUseRetry: 'Volume {{name}} is in use (Berth may be reading it; try again in a moment).',
  editFailedUnchanged: '{{detail}} — The original container "{{name}}" is unchanged.',
  editFailedRunningAgain: '{{detail}} — The original container "{{name}}" is unchanged and running again.',
  editFailedNotRestarted:
    '{{detail}} — The original container "{{name}}" is unchanged but did not start again: {{restart}}',
  editFailedUnchangedLeftover:
    '{{detail}} — The original container "{{name}}" is unchanged. The new container {{created}} could not be removed: {{cleanup}}',
  editFailedRunningAgainLeftover:
    '{{detail}} — The original container "{{name}}" is unchanged and running again. The new container {{created}} could not be removed: {{cleanup}}',
  editFailedNotRestartedLeftover:
    '{{detail}} — The original container "{{name}}" is unchanged but did not start again: {{restart}} The new container {{created}} could not be removed: {{cleanup}}',
  noSecretNamed: 'There is no secret named {{name}}.',
  noConfigNamed: 'There is no config named {{name}}.',
  networkBuiltin:
    '"{{name}}" is one of Docker\'s built-in networks (bridge, host, none); the engine needs it, so it cannot be removed.',
  networkInUse_one:
    'The network "{{name}}" is in use by the container {{users}}; disconnect or remove it first.',
  networkInUse_other:
    'The network "{{name}}" is in use by the containers {{users}}; disconnect or remove them first.',
  logsConnectionLost: 'Lost the connection to the engine while reading the logs.',
  containerNotFound: 'Container {{ref}} not found.',
  subscriptionOpen: 'Subscription {{id}} is already open.',
  tooManySubscriptions: 'Too many open subscriptions.',
  noOpenStream: 'No open stream {{id}}.',
  containerNotRunning: 'Container {{ref}} is not running',
  transferUseGetPut: 'Use GET or PUT.',
  transferLinkUnknown: 'This transfer link is unknown, used or expired.',
  contextInUse: 'Context "{{name}}" is in use; remove it with force to reset to default.',
  configNotJsonUnchanged: '{{file}} is not valid JSON ({{detail}}); not changing it.',
  contextNotExists: 'Context "{{name}}" does not exist (no {{file}}).',
  contextMalformed: '{{file}} is malformed ({{detail}}); not changing it.',
  contextDefaultBuiltIn: '"default" is the built-in context; it cannot be created or changed.',
  contextNameInvalid:
    'Context name "{{name}}" is invalid: use at least two of letters, digits, "_", ".", "+", "-", starting with a letter or digit.',
  dockerHostInvalid: 'Docker host "{{host}}" is invalid: {{detail}}',
  certKeyPair: 'A client certificate needs its key, and a key its certificate.',
  caNotPem: 'The CA certificate is not valid PEM: {{detail}}',
  certNotPem: 'The client certificate is not valid PEM: {{detail}}',
  keyNotPem: 'The client key is not valid PEM: {{detail}}',
  notRegex: 'Not a valid regular expression: {{detail}}',
  searchClosed: 'That search is closed.',
  timesReading: 'The times of these lines are still being read.',
  timesUnavailable: 'The times of these lines are not available: the log changed or could not be read again.',
  /** What an engine cannot do and why (`Support.reason`), without a full stop: a view shows it as a hint. */
  swarmNeedsApi: 'Swarm needs Docker API {{min}}; {{engine}} speaks {{api}}',
  buildNeedsApi: 'Building images needs Docker API {{min}}; {{engine}} speaks {{api}}',
  buildkitNeedsApi: 'BuildKit needs Docker API {{min}}; {{engine}} speaks {{api}}',
  volumePruneAllNeedsApi:
    'Pruning named volumes with "all" needs Docker API {{min}}; {{engine}} speaks {{api}}',
  imagePlatformNeedsApi: 'Choosing an image platform needs Docker API {{min}}; {{engine}} speaks {{api}}',
  pauseNeedsCgroupV2:
    'Pausing containers needs cgroup v2 for a rootless engine; {{engine}} runs rootless on cgroup v1',
  statsNeedsCgroupV2:
    'Live resource usage needs cgroup v2 for a rootless engine; {{engine}} runs rootless on cgroup v1',
  podmanNoSwarm: 'Podman has no swarm mode',
  podmanNoBuildkit: 'Podman builds with Buildah, not BuildKit',
  engineNotInSwarm: '{{engine}} is not part of a swarm',
  engineSwarmNode: '{{engine}} is a swarm {{role}} node; services are listed on a manager',
  engineApiTooOld:
    'This engine speaks Docker API {{api}}; Berth needs {{min}} or newer (Docker 1.12+, Podman 3+)',
  /**
   * Why an engine is down (`EngineStatus.reasonText`). `{{where}}` is the endpoint in English; the
   * renderer words it again from the status's endpoint with the `endpoint…` keys below.
   */
  engineNotRespondingAt:
    'The engine at {{where}} is not responding (no answer to a ping within {{seconds}} s).',
  engineLostAt: 'Lost the connection to the engine at {{where}}.',
  engineNotReachableAt: 'Engine not reachable at {{where}}: {{detail}}.',
  engineNotReachableTimeout:
    'Engine not reachable at {{where}}: the engine is not responding (no answer within {{seconds}} s).',
  engineNotReachableENOENT: 'Engine not reachable at {{where}}: no engine socket there.',
  engineNotReachableECONNREFUSED: 'Engine not reachable at {{where}}: connection refused.',
  engineNotReachableEACCES:
    'Engine not reachable at {{where}}: permission denied (is your user allowed to use the Docker socket?).',
  engineNotReachableECONNRESET: 'Engine not reachable at {{where}}: the connection was reset.',
  engineNotReachableENOTFOUND: 'Engine not reachable at {{where}}: host not found.',
  engineNotReachableEHOSTUNREACH: 'Engine not reachable at {{where}}: host unreachable.',
  engineNotReachableETIMEDOUT: 'Engine not reachable at {{where}}: connection timed out.',
  engineNotReachableTooOld:
    'Engine not reachable at {{where}}: This engine speaks Docker API {{api}}; Berth needs {{min}} or newer (Docker 1.12+, Podman 3+).',
  /** An "All engines" slice of an engine still connecting. */
  engineConnectingNow: 'connecting…',
  endpointUnresolved: 'Could not determine the engine endpoint: {{detail}}',
  endpointNone: 'The engine',
  endpointDockerHost: '{{url}} (from DOCKER_HOST)',
  endpointDockerContext: '{{url}} (from context "{{context}}" named by DOCKER_CONTEXT)',
  endpointCurrentContext: '{{url}} (from context "{{context}}", the current context in the docker config)',
  endpointDefault: '{{url}} (the default endpoint)',
  /** A zod issue: its parameters are the issue's own fields, worded by zod's locale for the language. */
  zod: '{{message}}',
} as const;

export type ErrorTextKey<K extends string = keyof typeof errorTexts> =
  K extends `${infer B}_${'one' | 'other'}` ? B : K;

/** English message and its key, as a `BerthError` or an envelope takes them. */
export interface Worded {
  readonly message: string;
  readonly text: ErrorText;
}

/** The English form of `key` with `params`, choosing `_one`/`_other` by `count` (English plural rules). */
export const englishText = (key: string, params: TextParams = {}): string =>
  formatText(errorTexts, key, params);

/** `key` of `table` filled with `params`: the English of any keyed table (errors, task texts). */
export const formatText = (
  table: Readonly<Record<string, string>>,
  key: string,
  params: TextParams = {},
): string => {
  const count = params.count;
  const template =
    (typeof count === 'number' ? table[`${key}_${count === 1 ? 'one' : 'other'}`] : undefined) ??
    table[key] ??
    key;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = params[name];
    return value === undefined ? '' : Array.isArray(value) ? value.join(', ') : String(value);
  });
};

/** An error's English message and its key with parameters, for the renderer to word. */
export const worded = (key: ErrorTextKey, params?: TextParams): Worded => ({
  message: englishText(key, params),
  text: params ? { key, params } : { key },
});
