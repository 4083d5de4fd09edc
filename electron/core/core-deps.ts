import type { ContainerSync } from './containers/container-sync.js';
import type { EngineConnection } from './engine/engine-connection.js';
import type { EngineSet } from './engines/engine-set.js';
import type { DisposableStore } from './rpc/disposable.js';
import type { EventHub } from './rpc/event-hub.js';
import type { TaskRegistry } from './tasks/task-registry.js';
import type { TransferRegistry } from './transfers/transfer-registry.js';

/** What only the host (Electron main, web server) can do; the core asks for it by name. */
export interface HostCapabilities {
  /** Shows the full URL to the user and opens it; resolves false when the user declined. */
  readonly openExternal?: (url: URL) => Promise<boolean>;
  /** A native picker; resolves null when the user cancelled. */
  readonly pickPath?: (request: PickPathRequest) => Promise<string | null>;
}

export interface PickPathRequest {
  readonly kind: 'file' | 'folder';
  readonly title: string;
  readonly defaultPath?: string;
}

/** What every feature's handlers may use; built once by the composition root. */
export interface CoreDeps {
  readonly connection: EngineConnection;
  readonly containers: ContainerSync;
  /**
   * Every engine Berth knows (default, CLI contexts, Podman), one scope each; the scope of the engine the CLI names
   * at launch is `connection`/`containers` above. Started by the first engines request, so a Berth that never shows
   * the engine list opens no other connection.
   */
  readonly engines: EngineSet;
  readonly hub: EventHub;
  readonly host: HostCapabilities;
  /** Long operations (pull, build, compose…): progress, output, cancel; they outlive views. */
  readonly tasks: TaskRegistry;
  /** One-time download/upload tickets served over HTTP by the host (web server, app://). */
  readonly transfers: TransferRegistry;
  /**
   * Berth's own settings folder (recent compose files and the like); created on first write.
   * Electron passes app.getPath('userData'); web mode uses $XDG_CONFIG_HOME/berth.
   */
  readonly dataDir: string;
  /** The live models' event-coalescing window in ms (containers, services); tests shorten it. */
  readonly coalesceMs?: number | undefined;
  /** Lives as long as the backend: long-lived feature services register here. */
  readonly disposables: DisposableStore;
}
